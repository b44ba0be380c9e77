/**
 * Prerendering only: the query a step page is drawn with. A question, check or outcome page shows
 * the state of the first path through the flow that reaches it, so the HTML is a real, readable
 * step (its Back link works without JavaScript); the browser then draws the person's own answers.
 */
import { flowLoaders } from 'virtual:rumbo/flows';
import { answersReaching, encodeAnswers } from '../../engine';
import { isLang } from '../../routes';

export async function sampleQuery(url: string): Promise<string> {
  const [, lang, id = '', step] = /^\/([a-z]{2})\/flows\/([^/]+)\/([^/?]+)\/?$/.exec(url) ?? [];
  const load = isLang(lang) ? flowLoaders[id]?.[lang] : undefined;
  if (!load || !step) return '';
  const { flow } = await load();
  const answers = answersReaching(flow, step);
  if (!answers) throw new Error(`No path through the flow ${id} reaches the step ${step}, so its page cannot be prerendered`);
  const encoded = encodeAnswers(flow, answers);
  return encoded ? `?a=${encoded}` : '';
}
