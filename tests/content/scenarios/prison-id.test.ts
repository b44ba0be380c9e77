/**
 * Foreigners in prison and the carné de extranjería (content/flows/prison-id.yaml):
 * named scenarios, GOV.UK smart-answers style. Each one answers the questions, expects an outcome
 * and a fact in its Spanish title or summary.
 */
import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { buildContent } from '../../../src/content/build';
import { walk } from '../../../src/engine';

const content = buildContent(resolve(process.cwd(), 'content'));
const flow = content.flows.find((f) => f.id === 'prison-id')!;
const es = content.texts.es!['prison-id'] as { nodes: Record<string, { title?: string; summary?: string }> };

const scenarios: { name: string; answers: Record<string, string[]>; outcome: string; fact: string }[] = [
  { name: 'a Venezuelan man in prison asks about his card', answers: { who: ['in-prison'] }, outcome: 'for-prisoner', fact: 'más de 1700' },
  { name: 'his sister wants to help him get the card', answers: { who: ['family'] }, outcome: 'for-helper', fact: 'carné de extranjería' },
  { name: 'a caseworker at a help desk asks for a client in prison', answers: { who: ['caseworker'] }, outcome: 'for-helper', fact: '5000' },
];

describe('prison-id scenarios', () => {
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
