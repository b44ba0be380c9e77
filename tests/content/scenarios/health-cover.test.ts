/**
 * The health-cover flow, scenario by scenario (as GOV.UK smart-answers tests its flows): the answers
 * a person gives, the outcome they reach and a fact they read in its Spanish title or summary.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/content/build';
import { walk } from '../../../src/engine';

const content = buildContent(resolve(process.cwd(), 'content'));
const flow = content.flows.find((f) => f.id === 'health-cover')!;
const es = content.texts.es!['health-cover'] as { nodes: Record<string, { title?: string; summary?: string }> };

const scenarios: { name: string; answers: Record<string, string[]>; outcome: string; fact: string }[] = [
  { name: 'TB or HIV, no foreigner card yet: the temporary SIS measure', answers: { need: ['tb-hiv'], 'has-carne': ['no'] }, outcome: 'tb-hiv-sis', fact: 'aunque no tengas carné' },
  { name: 'TB or HIV with a foreigner card: ask the SIS', answers: { need: ['tb-hiv'], 'has-carne': ['yes'] }, outcome: 'tb-hiv-carne', fact: 'pregunta en el SIS' },
  { name: 'sexual and reproductive health: open whatever the nationality or age', answers: { need: ['sexual-health'] }, outcome: 'sexual-health', fact: 'sin importar tu nacionalidad ni tu edad' },
  { name: 'a disability: temporary cover with any ID', answers: { need: ['disability'] }, outcome: 'disability-cover', fact: 'cualquier documento de identidad' },
  { name: 'other care: no confirmed rule, ask the SIS', answers: { need: ['other'] }, outcome: 'other-care', fact: 'No tenemos una fuente confirmada' },
];

describe('health-cover scenarios', () => {
  it.each(scenarios)('$name → $outcome', ({ answers, outcome, fact }) => {
    expect(walk(flow, answers).outcome?.id).toBe(outcome);
    const text = `${es.nodes[outcome]?.title ?? ''} ${es.nodes[outcome]?.summary ?? ''}`;
    expect(text, `"${fact}" in the Spanish title or summary of ${outcome}`).toContain(fact);
  });

  it('covers every outcome of the flow', () => {
    const outcomes = flow.nodes.filter((n) => n.type === 'outcome').map((n) => n.id);
    expect(new Set(scenarios.map((s) => s.outcome))).toEqual(new Set(outcomes));
  });

  it('asks about the foreigner card before answering on TB or HIV', () => {
    expect(walk(flow, { need: ['tb-hiv'] }).question?.id).toBe('has-carne');
  });
});
