/**
 * Facing an expulsion procedure: named scenarios (GOV.UK smart-answers style) that reach every
 * outcome of content/flows/expulsion.yaml, each with a fact its Spanish title or summary must state.
 */
import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { buildContent } from '../../../src/content/build';
import { walk } from '../../../src/engine';

const content = buildContent(resolve(process.cwd(), 'content'));
const flow = content.flows.find((f) => f.id === 'expulsion')!;
const es = content.texts.es!.expulsion as { nodes: Record<string, { title?: string; summary?: string }> };

const scenarios: { name: string; answers: Record<string, string[]>; outcome: string; fact: string }[] = [
  {
    name: 'a person held by the police right now',
    answers: { situation: ['held'] },
    outcome: 'held-now',
    fact: 'hasta 12 horas',
  },
  {
    name: 'a person who was handed an expulsion decision',
    answers: { situation: ['notice'] },
    outcome: 'got-notice',
    fact: '3 días hábiles',
  },
  {
    name: 'a caseworker who wants to know the rights in general',
    answers: { situation: ['rights'] },
    outcome: 'know-rights',
    fact: 'debido proceso',
  },
];

describe('expulsion scenarios', () => {
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
