/** Where each language's web app manifest is served: Spanish at the root, English beside it. */
import { DEFAULT_LANG, type Lang } from '../routes';

export function manifestPath(lang: Lang): string {
  return lang === DEFAULT_LANG ? '/manifest.webmanifest' : `/manifest-${lang}.webmanifest`;
}
