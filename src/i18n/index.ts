/**
 * The translator (rosetta and a plural/namespace adapter, ./translator) with a small hook on
 * languageChanged. The common UI text of each language is its own chunk: a page loads only its
 * language, and the other one when the person switches.
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_LANG, type Lang } from '../routes';
import { useResource } from '../data/resource';
import { createTranslator, type TFunction } from './translator';

export type { TFunction } from './translator';

const common: Record<Lang, () => Promise<{ default: Record<string, unknown> }>> = {
  es: () => import('virtual:rumbo/common/es'),
  en: () => import('virtual:rumbo/common/en'),
};

/** Text is inserted unescaped: Preact escapes it when rendering. */
export const i18n = createTranslator(DEFAULT_LANG, 'common');

const loaded = new Set<string>();

/** Loads a language's common text (once). */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  const mod = await common[lang]();
  // Added to, not replacing, any page's own sections already there (addPageTexts).
  i18n.addResourceBundle(lang, 'common', mod.default, true);
  loaded.add(lang);
}

/**
 * Adds the common-text sections that come with a page's code (virtual:rumbo/page-text/<section>,
 * every language): called when that code is first run, before the page is drawn.
 */
export function addPageTexts(texts: Record<string, Record<string, unknown>>): void {
  for (const [lang, section] of Object.entries(texts)) i18n.addResourceBundle(lang, 'common', section, true);
}

/**
 * Makes `lang` the UI language. While its text is still loading it suspends (throws the promise),
 * so the page keeps showing what it had until the text is there.
 */
export function useLanguage(lang: Lang): void {
  useResource(`common:${lang}`, () => loadLanguage(lang).then(() => true), () => (loaded.has(lang) ? true : undefined));
  if (i18n.language !== lang) i18n.changeLanguage(lang);
}

/** The translate function and language, re-rendering the component when the language changes. */
export function useT(): { t: TFunction; lang: Lang } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const onChange = () => setTick((n) => n + 1);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, []);
  return { t: i18n.t, lang: i18n.language as Lang };
}

/** Adds a flow's or the facts' namespace once it has been loaded. */
export function addTexts(lang: Lang, ns: string, texts: Record<string, unknown>): void {
  if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, texts);
}
