/**
 * Named scenarios for the support-centre flow (GOV.UK smart-answers style): each one answers the
 * questions as a person would and names the outcome it must reach and a phrase its Spanish text
 * must contain. Together they reach every outcome of the flow.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildContent } from '../../../src/content/build';
import { walk } from '../../../src/engine';

const FLOW = 'support-centre';

const scenarios: { name: string; answers: Record<string, string[]>; outcome: string; fact: string }[] = [
  {
    name: 'a Venezuelan living in Lima needs her migration papers',
    answers: { who: ['foreigner'], 'need-foreigner': ['papers'] },
    outcome: 'migration-procedures',
    fact: 'canales oficiales de Migraciones',
  },
  {
    name: 'a foreigner wants to know his rights at work',
    answers: { who: ['foreigner'], 'need-foreigner': ['work'] },
    outcome: 'work-foreigner',
    fact: 'Servicio de Orientación al Migrante',
  },
  {
    name: 'a foreigner does not know what she needs',
    answers: { who: ['foreigner'], 'need-foreigner': ['other'] },
    outcome: 'other-help',
    fact: 'peruanos retornados que mencionó el Gobierno',
  },
  {
    name: 'a Peruvian back from Chile needs a passport',
    answers: { who: ['returning'], 'need-returning': ['papers'] },
    outcome: 'return-procedures',
    fact: 'pasaporte',
  },
  {
    name: 'a Peruvian back from Spain is looking for work',
    answers: { who: ['returning'], 'need-returning': ['work'] },
    outcome: 'work-returning',
    fact: 'peruanos que vuelven',
  },
  {
    name: 'a returning Peruvian needs something else',
    answers: { who: ['returning'], 'need-returning': ['other'] },
    outcome: 'other-help',
    fact: 'Estos canales oficiales sí están confirmados',
  },
];

const content = buildContent(resolve(process.cwd(), 'content'));
const flow = content.flows.find((f) => f.id === FLOW)!;
const es = content.texts.es![FLOW] as { nodes: Record<string, { title?: string; summary?: string }> };

describe(`${FLOW}: scenarios`, () => {
  it('the flow exists', () => {
    expect(flow).toBeDefined();
  });

  for (const s of scenarios) {
    it(s.name, () => {
      const result = walk(flow, s.answers);
      expect(result.outcome?.id).toBe(s.outcome);
      const text = es.nodes[s.outcome]!;
      expect(`${text.title} ${text.summary}`).toContain(s.fact);
    });
  }

  it('the scenarios reach every outcome of the flow', () => {
    const outcomes = new Set(flow.nodes.filter((n) => n.type === 'outcome').map((n) => n.id));
    expect(new Set(scenarios.map((s) => s.outcome))).toEqual(outcomes);
  });
});
