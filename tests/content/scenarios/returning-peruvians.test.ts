/**
 * Peruvians who return home (Ley 30001 / Ley 31827) (content/flows/returning-peruvians.yaml):
 * named scenarios, GOV.UK smart-answers style. Each one answers the questions, expects an outcome
 * and a fact in its Spanish title or summary.
 */
import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { buildContent } from '../../../src/content/build';
import { walk } from '../../../src/engine';

const content = buildContent(resolve(process.cwd(), 'content'));
const flow = content.flows.find((f) => f.id === 'returning-peruvians')!;
const es = content.texts.es!['returning-peruvians'] as { nodes: Record<string, { title?: string; summary?: string }> };

const scenarios: { name: string; answers: Record<string, string[]>; outcome: string; fact: string }[] = [
  { name: 'lived 5 years in Chile: meets the 3-year rule', answers: { 'years-abroad': ['three-or-more'] }, outcome: 'meets-time', fact: '3 años seguidos' },
  { name: '2 and a half years abroad, had to come back: meets the 2-year forced-return rule', answers: { 'years-abroad': ['two-to-three'], 'why-return': ['had-to'] }, outcome: 'meets-time-forced', fact: '2 años seguidos' },
  { name: '2 and a half years in Spain, chose to come back: below the minimum', answers: { 'years-abroad': ['two-to-three'], 'why-return': ['chose'] }, outcome: 'below-time', fact: 'no llegas al mínimo' },
  { name: '1 year in Argentina: below the minimum', answers: { 'years-abroad': ['under-two'] }, outcome: 'below-time', fact: '3 años seguidos' },
  { name: '2 and a half years abroad, unsure if the return was forced: it depends', answers: { 'years-abroad': ['two-to-three'], 'why-return': ['not-sure'] }, outcome: 'depends-forced', fact: 'forzado' },
  { name: 'does not know how long he was away: count the years first', answers: { 'years-abroad': ['not-sure'] }, outcome: 'count-time', fact: 'cuenta cuántos años' },
];

describe('returning-peruvians scenarios', () => {
  for (const s of scenarios) {
    it(s.name, () => {
      const result = walk(flow, s.answers);
      expect(result.outcome?.id).toBe(s.outcome);
      const text = es.nodes[s.outcome]!;
      expect(`${text.title} ${text.summary}`).toContain(s.fact);
    });
  }

  it('reaches every outcome of the flow', () => {
    const outcomes = flow.nodes.filter((n) => n.type === 'outcome').map((n) => n.id);
    expect(new Set(scenarios.map((s) => s.outcome))).toEqual(new Set(outcomes));
  });
});
