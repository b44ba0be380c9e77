/**
 * Work and labour rights (content/flows/work-rights.yaml): named scenarios, GOV.UK smart-answers
 * style. Each one answers the questions, expects an outcome and a fact in its Spanish text.
 */
import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { buildContent } from '../../../src/content/build';
import { walk } from '../../../src/engine';

const content = buildContent(resolve(process.cwd(), 'content'));
const flow = content.flows.find((f) => f.id === 'work-rights')!;
const es = content.texts.es!['work-rights'] as { nodes: Record<string, { title?: string; summary?: string }> };

const scenarios: { name: string; answers: Record<string, string[]>; outcome: string; fact: string }[] = [
  { name: 'unpaid wages: free advice from the SOM, SUNAFIL to report', answers: { need: ['problem'], problem: ['work-issue'] }, outcome: 'work-problem', fact: 'SUNAFIL' },
  { name: 'treated worse at work for being foreign: SOM and line 1817', answers: { need: ['problem'], problem: ['unfair'] }, outcome: 'work-discrimination', fact: '1817' },
  { name: 'threatened or kept at work: call the police on 105', answers: { need: ['problem'], problem: ['danger'] }, outcome: 'work-danger', fact: '105' },
  { name: 'labour certificate with valid papers: online at empleosperu.gob.pe', answers: { need: ['certificate'], papers: ['yes'] }, outcome: 'cul-online', fact: 'empleosperu.gob.pe' },
  { name: 'labour certificate without papers: ask first', answers: { need: ['certificate'], papers: ['no'] }, outcome: 'cul-check', fact: 'No tenemos una fuente confirmada' },
  { name: 'labour certificate, not sure about papers: ask first', answers: { need: ['certificate'], papers: ['not-sure'] }, outcome: 'cul-check', fact: 'papeles en regla' },
  { name: 'looking for work, not from Bolivia: the SOM', answers: { need: ['rights'], bolivia: ['no'] }, outcome: 'rights-general', fact: 'Servicio de Orientación al Migrante' },
  { name: 'looking for work, from Bolivia: Decision 545', answers: { need: ['rights'], bolivia: ['yes'] }, outcome: 'rights-bolivia', fact: 'Decisión 545' },
  { name: 'wants to start a business: the entrepreneurship programme', answers: { need: ['business'] }, outcome: 'own-business', fact: 'COVID-19' },
];

describe('work-rights scenarios', () => {
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
