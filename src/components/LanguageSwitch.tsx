/** Switches language and keeps the person on the same page (and step). */
import { useLocation } from 'preact-iso';
import { saveLanguage } from '../i18n/detect';
import { LANGS, switchLangHref, type Lang } from '../routes';

const NAMES: Record<Lang, string> = { es: 'Español', en: 'English' };

export function LanguageSwitch({ lang }: { lang: Lang }) {
  const { url } = useLocation();
  return (
    <>
      {LANGS.filter((l) => l !== lang).map((other) => (
        <a key={other} class="lang-switch" href={switchLangHref(url, other)} lang={other} onClick={() => saveLanguage(other)}>
          {NAMES[other]}
        </a>
      ))}
    </>
  );
}
