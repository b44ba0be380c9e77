/**
 * The violence-women flow, scenario by scenario (as GOV.UK smart-answers tests its flows): the
 * answers a person gives, the outcome they reach and a fact they read in its Spanish title or summary.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/content/build';
import { maxQuestions, walk } from '../../../src/engine';

const content = buildContent(resolve(process.cwd(), 'content'));
const flow = content.flows.find((f) => f.id === 'violence-women')!;
const es = content.texts.es!['violence-women'] as { nodes: Record<string, { title?: string; summary?: string }> };

const scenarios: { name: string; answers: Record<string, string[]>; outcome: string; fact: string }[] = [
  { name: 'in danger now: call the police', answers: { danger: ['yes'] }, outcome: 'danger-now', fact: '105' },
  { name: 'not in danger, wants to talk: Línea 100', answers: { danger: ['no'], need: ['talk'] }, outcome: 'talk', fact: 'Línea 100' },
  { name: 'not sure about danger, does not know what she needs: Línea 100', answers: { danger: ['not-sure'], need: ['not-sure'] }, outcome: 'talk', fact: 'es gratis' },
  { name: 'wants help in person: a Centro Emergencia Mujer', answers: { danger: ['no'], need: ['place'] }, outcome: 'cem', fact: 'Centro Emergencia Mujer (CEM)' },
  { name: 'after sexual violence: health care soon', answers: { danger: ['not-sure'], need: ['health'] }, outcome: 'health-after', fact: 'lo antes posible' },
];

describe('violence-women scenarios', () => {
  it.each(scenarios)('$name → $outcome', ({ answers, outcome, fact }) => {
    expect(walk(flow, answers).outcome?.id).toBe(outcome);
    const text = `${es.nodes[outcome]?.title ?? ''} ${es.nodes[outcome]?.summary ?? ''}`;
    expect(text, `"${fact}" in the Spanish title or summary of ${outcome}`).toContain(fact);
  });

  it('covers every outcome of the flow', () => {
    const outcomes = flow.nodes.filter((n) => n.type === 'outcome').map((n) => n.id);
    expect(new Set(scenarios.map((s) => s.outcome))).toEqual(new Set(outcomes));
  });

  it('asks very few questions, shows the urgent lines when in danger and offers a quick exit', () => {
    expect(maxQuestions(flow)).toBeLessThanOrEqual(2);
    expect(walk(flow, { danger: ['yes'] }).outcome?.urgent).toBe(true);
    expect(flow.quickExit).toBe(true);
  });
});
