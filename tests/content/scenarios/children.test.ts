/**
 * The children flow, scenario by scenario (as GOV.UK smart-answers tests its flows): the answers a
 * person gives (an adult, or the child or teenager), the outcome they reach and a fact they read in
 * its Spanish title or summary.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/content/build';
import { walk } from '../../../src/engine';

const content = buildContent(resolve(process.cwd(), 'content'));
const flow = content.flows.find((f) => f.id === 'children')!;
const es = content.texts.es!.children as { nodes: Record<string, { title?: string; summary?: string }> };

const scenarios: { name: string; answers: Record<string, string[]>; outcome: string; fact: string }[] = [
  { name: 'an adult, a child in danger now: call the police', answers: { who: ['other'], situation: ['danger'] }, outcome: 'danger-now', fact: '105' },
  { name: 'a teenager in danger now: call the police', answers: { who: ['me'], 'my-situation': ['danger'] }, outcome: 'danger-now', fact: 'Si tú o un niño' },
  { name: 'an adult, a child alone: the special protection units', answers: { who: ['other'], situation: ['alone'] }, outcome: 'child-alone', fact: 'Unidad de Protección Especial (UPE)' },
  { name: 'an adult, a child hurt: Línea 100', answers: { who: ['other'], situation: ['violence'] }, outcome: 'child-violence', fact: 'Línea 100' },
  { name: 'a teenager alone in Peru: free help, call Línea 100', answers: { who: ['me'], 'my-situation': ['alone'] }, outcome: 'teen-alone', fact: 'Hay ayuda gratis para ti' },
  { name: 'a teenager someone hurts: call Línea 100', answers: { who: ['me'], 'my-situation': ['hurt'] }, outcome: 'teen-hurt', fact: 'Si alguien te hace daño' },
];

describe('children scenarios', () => {
  it.each(scenarios)('$name → $outcome', ({ answers, outcome, fact }) => {
    expect(walk(flow, answers).outcome?.id).toBe(outcome);
    const text = `${es.nodes[outcome]?.title ?? ''} ${es.nodes[outcome]?.summary ?? ''}`;
    expect(text, `"${fact}" in the Spanish title or summary of ${outcome}`).toContain(fact);
  });

  it('covers every outcome of the flow', () => {
    const outcomes = flow.nodes.filter((n) => n.type === 'outcome').map((n) => n.id);
    expect(new Set(scenarios.map((s) => s.outcome))).toEqual(new Set(outcomes));
  });

  it('says plainly that no direct UPE number is confirmed', () => {
    const steps = (es.nodes['child-alone'] as { steps?: Record<string, string> }).steps ?? {};
    expect(Object.values(steps).join(' ')).toContain('No tenemos un número de teléfono directo de las UPE');
  });
});
