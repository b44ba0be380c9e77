/**
 * Named scenarios for the mental-health flow (GOV.UK smart-answers style): each one answers the
 * questions as a person would and names the outcome it must reach and a phrase its Spanish text
 * must contain. Together they reach every outcome of the flow.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildContent } from '../../../src/content/build';
import { walk } from '../../../src/engine';

const FLOW = 'mental-health';

const scenarios: { name: string; answers: Record<string, string[]>; outcome: string; fact: string }[] = [
  {
    name: 'someone is thinking of self-harm right now',
    answers: { danger: ['yes'] },
    outcome: 'crisis',
    fact: 'llama al 106',
  },
  {
    name: 'a migrant without papers wants to talk to someone tonight',
    answers: { danger: ['no'], what: ['talk'] },
    outcome: 'talk-now',
    fact: 'para peruanos y extranjeros',
  },
  {
    name: 'a woman with SIS wants regular sessions',
    answers: { danger: ['no'], what: ['care'], insured: ['yes'] },
    outcome: 'care-sis',
    fact: 'la atención es gratis',
  },
  {
    name: 'a man with no insurance wants care in person',
    answers: { danger: ['no'], what: ['care'], insured: ['no'] },
    outcome: 'care-no-sis',
    fact: 'sin importar su situación migratoria',
  },
  {
    name: 'a person who does not know if she has SIS wants care in person',
    answers: { danger: ['no'], what: ['care'], insured: ['not-sure'] },
    outcome: 'care-no-sis',
    fact: 'Pregunta antes',
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
