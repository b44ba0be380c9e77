/**
 * Peruvians abroad (content/flows/peruvians-abroad.yaml):
 * named scenarios, GOV.UK smart-answers style. Each one answers the questions, expects an outcome
 * and a fact in its Spanish title or summary.
 */
import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { buildContent } from '../../../src/content/build';
import { walk } from '../../../src/engine';

const content = buildContent(resolve(process.cwd(), 'content'));
const flow = content.flows.find((f) => f.id === 'peruvians-abroad')!;
const es = content.texts.es!['peruvians-abroad'] as { nodes: Record<string, { title?: string; summary?: string }> };

const scenarios: { name: string; answers: Record<string, string[]>; outcome: string; fact: string }[] = [
  { name: 'needs a birth certificate from abroad: digital certificates at about 30 consulates', answers: { need: ['certificates'] }, outcome: 'certificates', fact: 'unas 30 oficinas consulares' },
  { name: 'lives in Miami and wants to vote: 1.1 million can vote', answers: { need: ['vote'] }, outcome: 'vote', fact: '1,1 millones' },
  { name: 'worked in Spain and asks about a pension: social security agreements', answers: { need: ['social-security'] }, outcome: 'social-security', fact: 'Convenio Multilateral Iberoamericano' },
  { name: 'in trouble with the law abroad: the consular network', answers: { need: ['help'] }, outcome: 'consular-help', fact: 'asistencia en temas legales y humanitarios' },
];

describe('peruvians-abroad scenarios', () => {
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
