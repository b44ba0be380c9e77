/**
 * People, not paths (tests/content/people/person.ts): for every person of every flow's table, walk
 * their route with the engine, flow by flow, and check what they are asked, where they land and
 * what that page tells them, in Spanish and in English. The content is loaded once for all tables.
 */
import { describe, expect, it } from 'vitest';
import { buildContent, CONTENT_DIR } from '../../src/content/build';
import { isUrgent, recommendedFlows, walk } from '../../src/engine';
import type { Flow, Outcome } from '../../src/content/schema';
import type { Person } from './people/person';

const content = buildContent(CONTENT_DIR);
const tables = import.meta.glob<{ people: Person[] }>(['./people/*.ts', '!./people/person.ts'], { eager: true });

type Texts = Record<string, unknown>;

/** Every string under a text object, in key order. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** What a person reads on an outcome page: its own text and the names and roles of its contacts. */
export function outcomeText(flow: Flow, outcome: Outcome, lang: 'es' | 'en'): string {
  const nodes = (content.texts[lang]?.[flow.id] as { nodes?: Texts } | undefined)?.nodes ?? {};
  const contacts = (content.texts[lang]?.facts as { contacts?: Texts } | undefined)?.contacts ?? {};
  return [...strings(nodes[outcome.id]), ...(outcome.contacts ?? []).flatMap((c) => strings(contacts[c]))]
    .join(' ')
    .replace(/[\u00a0\u202f]/g, ' ');
}

const flowById = (id: string) => content.flows.find((f) => f.id === id);
const paragraphs = new Set(content.record.flatMap((b) => (b.kind === 'paragraph' ? [`P${b.n}`] : [])));
const factSources = new Set(content.facts.sources.map((s) => s.id));
const knownSource = (id: string) => paragraphs.has(id) || factSources.has(id);

const entries = Object.entries(tables).map(([file, mod]) => [file.replace(/^.*\/|\.ts$/g, ''), mod.people] as const);

it('every flow has a table of the people it serves', () => {
  const withTables = new Set(entries.map(([name]) => name));
  expect(content.flows.map((f) => f.id).filter((id) => !withTables.has(id))).toEqual([]);
});

describe.each(entries)('people of %s', (name, people) => {
  it('the table has people, each route ends in this flow, and each person rests on real sources', () => {
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) {
      expect(p.route.at(-1)?.flow, p.who).toBe(name);
      expect(p.sources.length, `${p.who}: sources`).toBeGreaterThan(0);
      expect(p.sources.filter((s) => !knownSource(s)), `${p.who}: sources that do not exist`).toEqual([]);
    }
  });

  it.each(people.map((p) => [p.who, p] as const))('%s', (_who, person) => {
    const asked: string[] = [];
    let previous: { flow: Flow; outcome: Outcome; answers: Record<string, readonly string[]> } | undefined;
    for (const [i, leg] of person.route.entries()) {
      const flow = flowById(leg.flow);
      expect(flow, `flow ${leg.flow}`).toBeDefined();
      if (previous) {
        const sent = [...recommendedFlows(previous.outcome, previous.answers), ...(previous.flow.related ?? [])];
        expect(sent, `${previous.flow.id} › ${previous.outcome.id} sends them on to ${leg.flow}`).toContain(leg.flow);
      }
      const w = walk(flow!, leg.answers);
      asked.push(...w.path.map((p) => p.question.id));
      expect(w.question?.id, `in ${leg.flow}, a question left unanswered`).toBeUndefined();
      expect(w.outcome, `in ${leg.flow} (leg ${i + 1}), an outcome`).toBeDefined();
      previous = { flow: flow!, outcome: w.outcome!, answers: w.answers };
    }
    const { flow, outcome, answers } = previous!;
    expect(outcome.id, 'where they land').toBe(person.outcome);
    for (const lang of ['es', 'en'] as const) {
      const text = outcomeText(flow, outcome, lang);
      for (const phrase of person.says[lang]) expect(text, `${lang}: says «${phrase}»`).toContain(phrase);
      for (const phrase of person.never?.[lang] ?? []) expect(text, `${lang}: never says «${phrase}»`).not.toContain(phrase);
    }
    for (const q of person.notAsked ?? []) expect(asked, `never asked ${q}`).not.toContain(q);
    if (person.recommends) expect(recommendedFlows(outcome, answers), 'what it recommends, in order').toEqual(person.recommends);
    if (person.urgent !== undefined) expect(isUrgent(outcome, answers), 'urgent').toBe(person.urgent);
  });
});
