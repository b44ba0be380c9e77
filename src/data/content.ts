/** Content loaded on demand: a flow in one language, the facts' text, the record (and its translation). */
import { flowLoaders } from 'virtual:rumbo/flows';
import { factsText } from 'virtual:rumbo/facts';
import type { Flow } from '../content/schema';
import { addTexts, loadLanguage } from '../i18n';
import type { Lang } from '../routes';
import { preloadResource, useResource } from './resource';

const flowLoader = (id: string, lang: Lang) => {
  const load = flowLoaders[id]?.[lang];
  return load
    ? async () => {
        const mod = await load();
        addTexts(lang, id, mod.text);
        return mod.flow;
      }
    : undefined;
};

const loadFactsText = (lang: Lang) => async () => {
  const mod = await factsText[lang]!();
  addTexts(lang, 'facts', mod.text);
  return true as const;
};

/** The flow's structure, its text added to the translator as the namespace named after the flow. */
export function useFlow(id: string, lang: Lang): Flow | undefined {
  const load = flowLoader(id, lang);
  // An unknown flow: nothing to load.
  const flow = useResource<Flow | null>(`flow:${id}:${lang}`, load ?? (() => Promise.resolve(null)), () => (load ? undefined : null));
  return flow ?? undefined;
}

/** The contacts' text in `lang`, and in `also` too when given (the bilingual view). */
export function useFactsText(lang: Lang, also?: Lang): true {
  useResource(`facts:${lang}`, loadFactsText(lang));
  // Always a second call, so the hooks stay the same: without `also` it asks for what it has.
  return useResource(`facts:${also ?? lang}`, loadFactsText(also ?? lang));
}

/** Loads a flow before its page is drawn. */
export function preloadFlow(id: string, lang: Lang): Promise<unknown> {
  const load = flowLoader(id, lang);
  return load ? preloadResource(`flow:${id}:${lang}`, load) : Promise.resolve();
}

/** Loads the facts' text (the names and notes of the contacts) before a page that shows contacts is drawn. */
export function preloadFacts(lang: Lang): Promise<unknown> {
  return preloadResource(`facts:${lang}`, loadFactsText(lang));
}

/**
 * Loads all the text a printed sheet in `lang` needs (the UI's, the flow's and the contacts'), for
 * a sheet in another language than the page's: on demand, when the caseworker picks it or prints.
 */
export function loadSheetText(flow: string, lang: Lang): Promise<unknown> {
  return Promise.all([loadLanguage(lang), preloadFlow(flow, lang), preloadFacts(lang)]);
}

const loadReferences = () => import('virtual:rumbo/references');
/** The record as published (English); the translated sources page loads it once drawn (src/pages/Sources.tsx). */
export const loadRecord = () => import('virtual:rumbo/record');
/**
 * Rumbo's translations of the record (English, the original, needs none), each its own module, so
 * that only the pages in that language download it.
 */
const RECORD_TRANSLATIONS: Partial<Record<Lang, typeof loadRecord>> = {
  es: () => import('virtual:rumbo/record-es'),
};
const recordKey = (lang: Lang) => (RECORD_TRANSLATIONS[lang] ? `record:${lang}` : 'record');
const recordLoader = (lang: Lang) => RECORD_TRANSLATIONS[lang] ?? loadRecord;

export function useReferences() {
  return useResource('references', loadReferences);
}

/** The record as the sources page shows it in `lang`: Rumbo's translation where there is one, else the original. */
export function useRecord(lang: Lang) {
  return useResource(recordKey(lang), recordLoader(lang));
}

/** True when the sources page in `lang` shows a translation of the record (with the original one tap away). */
export const recordIsTranslated = (lang: Lang): boolean => lang in RECORD_TRANSLATIONS;

/**
 * Loads the record or the list of public sources before the page that shows it is drawn: for the
 * record, the one the page in `lang` shows.
 */
export function preloadSourcesData(data: 'record' | 'references', lang: Lang): Promise<unknown> {
  return data === 'record' ? preloadResource(recordKey(lang), recordLoader(lang)) : preloadResource('references', loadReferences);
}
