/** Content loaded on demand: a flow in one language, the facts' text, the record. */
import { flowLoaders } from 'virtual:rumbo/flows';
import { factsText } from 'virtual:rumbo/facts';
import type { Flow } from '../content/schema';
import { addTexts } from '../i18n';
import type { Lang } from '../routes';
import { useResource } from './resource';

/** The flow's structure, its text added to the translator as the namespace named after the flow. */
export function useFlow(id: string, lang: Lang): Flow | undefined {
  const load = flowLoaders[id]?.[lang];
  const flow = useResource<Flow | null>(
    `flow:${id}:${lang}`,
    async () => {
      const mod = await load!();
      addTexts(lang, id, mod.text);
      return mod.flow;
    },
    () => (load ? undefined : null), // an unknown flow: nothing to load
  );
  return flow ?? undefined;
}

export function useFactsText(lang: Lang): true {
  return useResource(`facts:${lang}`, async () => {
    const mod = await factsText[lang]!();
    addTexts(lang, 'facts', mod.text);
    return true as const;
  });
}

export function useReferences() {
  return useResource('references', () => import('virtual:rumbo/references'));
}

export function useRecord() {
  return useResource('record', () => import('virtual:rumbo/record'));
}
