/**
 * Build only: the manifest of each language other than Spanish (whose manifest vite-plugin-pwa
 * writes) is written beside it, and the pages of that language link it instead of the Spanish one,
 * so a person installing Rumbo from an English page reads its name and description in English.
 */
import type { Plugin } from 'vite';
import { DEFAULT_LANG, LANGS } from '../routes';
import { manifestFor, manifestPath } from '../pwa/manifest';

const MANIFEST_LINK = /(<link\s+rel=["']?manifest["']?\s+href=["'])([^"']*)(["'])/i;

export function localizedManifests(): Plugin {
  return {
    name: 'rumbo-localized-manifests',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const lang of LANGS) {
        if (lang === DEFAULT_LANG) continue;
        this.emitFile({ type: 'asset', fileName: manifestPath(lang).slice(1), source: JSON.stringify(manifestFor(lang)) });
        for (const [name, file] of Object.entries(bundle)) {
          if (file.type !== 'asset' || !name.startsWith(`${lang}/`) || !name.endsWith('.html')) continue;
          const html = String(file.source);
          if (!MANIFEST_LINK.test(html)) return this.error(`${name} links no web app manifest`);
          file.source = html.replace(MANIFEST_LINK, (_m, open: string, _href: string, close: string) => `${open}${manifestPath(lang)}${close}`);
        }
      }
    },
  };
}
