/** The flows and search glossary, read from content/ (YAML), so the tests follow the content. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { t, type Lang } from './content';

export interface FlowNode {
  id: string;
  type: string;
  options?: { id: string; next: string }[];
}
export interface Flow {
  id: string;
  start: string;
  quickExit?: boolean;
  nodes: FlowNode[];
}

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));

export const flows: Flow[] = readdirSync(`${contentDir}flows`)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(`${contentDir}flows/${f}`, 'utf8')) as Flow);

export function flow(id: string): Flow {
  const found = flows.find((f) => f.id === id);
  if (!found) throw new Error(`No flow ${id} in content/flows`);
  return found;
}

/** Every outcome of every flow: flow id, outcome id and its title in `lang`. */
export function outcomes(lang: Lang): { flow: string; outcome: string; title: string; flowTitle: string }[] {
  return flows.flatMap((f) =>
    f.nodes
      .filter((n) => n.type === 'outcome')
      .map((n) => ({ flow: f.id, outcome: n.id, title: t(lang, `${f.id}:nodes.${n.id}.title`), flowTitle: t(lang, `${f.id}:title`) })),
  );
}

/** The first start option that leads to another question (not straight to an outcome), and that question. */
export function secondQuestion(id: string): { option: string; next: string } {
  const f = flow(id);
  const start = f.nodes.find((n) => n.id === f.start)!;
  for (const o of start.options ?? []) {
    const next = f.nodes.find((n) => n.id === o.next);
    if (next && next.type !== 'outcome' && next.type !== 'rule') return { option: o.id, next: next.id };
  }
  throw new Error(`Flow ${id}: no start option leads to a second question`);
}

export interface GlossaryEntry {
  id: string;
  term: string;
  flow: string;
  es: { name: string };
  en: { name: string };
}

export const glossary: GlossaryEntry[] = (parse(readFileSync(`${contentDir}search/search.yaml`, 'utf8')) as { glossary: GlossaryEntry[] }).glossary;

/** The title a glossary entry has in search results. */
export function glossaryTitle(term: string, lang: Lang): string {
  const g = glossary.find((e) => e.term === term);
  if (!g) throw new Error(`No glossary term ${term} in content/search/search.yaml`);
  return `${g.term}: ${g[lang].name}`;
}

/** Accents and capitals ignored, as the app's filters do. */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
