/**
 * Discrimination and racism (content/flows/discrimination.yaml): named scenarios, GOV.UK
 * smart-answers style. Each one answers the questions, expects an outcome and a fact in its Spanish text.
 */
import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { buildContent } from '../../../src/content/build';
import { walk } from '../../../src/engine';

const content = buildContent(resolve(process.cwd(), 'content'));
const flow = content.flows.find((f) => f.id === 'discrimination')!;
const es = content.texts.es!['discrimination'] as { nodes: Record<string, { title?: string; summary?: string }> };

const scenarios: { name: string; answers: Record<string, string[]>; outcome: string; fact: string }[] = [
  { name: 'attacked and afraid: call the police on 105', answers: { what: ['danger'] }, outcome: 'in-danger', fact: '105' },
  { name: 'insulted for skin colour, wants to report: line 1817', answers: { what: ['skin'], want: ['report'] }, outcome: 'report-racism', fact: '1817' },
  { name: 'insulted for skin colour, not sure yet: line 1817', answers: { what: ['skin'], want: ['not-sure'] }, outcome: 'report-racism', fact: 'Alerta contra el Racismo' },
  { name: 'insulted for skin colour, wants legal help', answers: { what: ['skin'], want: ['legal'] }, outcome: 'legal-help', fact: 'ayuda legal gratis' },
  { name: 'treated badly for being Venezuelan, wants to report', answers: { what: ['origin'], want: ['report'] }, outcome: 'origin-report', fact: 'solo por ser de otro país' },
  { name: 'treated badly for an accent, not sure yet', answers: { what: ['origin'], want: ['not-sure'] }, outcome: 'origin-report', fact: '1817' },
  { name: 'treated badly for being foreign, wants legal help', answers: { what: ['origin'], want: ['legal'] }, outcome: 'legal-help', fact: 'Ministerio de Cultura' },
  { name: 'treated badly at work: the SOM', answers: { what: ['work'] }, outcome: 'at-work', fact: 'Servicio de Orientación al Migrante' },
];

describe('discrimination scenarios', () => {
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
