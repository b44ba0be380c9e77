/**
 * Named scenarios for the financial-inclusion flow (GOV.UK smart-answers style): each one answers the
 * questions as a person would and names the outcome it must reach and a phrase its Spanish text
 * must contain. Together they reach every outcome of the flow.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildContent } from '../../../src/content/build';
import { walk } from '../../../src/engine';

const FLOW = 'financial-inclusion';

const scenarios: { name: string; answers: Record<string, string[]>; outcome: string; fact: string }[] = [
  {
    name: 'a woman with a carné de extranjería wants a savings account',
    answers: { document: ['carne'], goal: ['account'] },
    outcome: 'open-account',
    fact: 'Según una fuente secundaria',
  },
  {
    name: 'a man with a CPP wants to open an account',
    answers: { document: ['cpp-ptp'], goal: ['account'] },
    outcome: 'open-account',
    fact: 'abrir una cuenta',
  },
  {
    name: 'an asylum seeker wants to send money home',
    answers: { document: ['refugee'], goal: ['send'] },
    outcome: 'send-money',
    fact: 'enviar y recibir dinero',
  },
  {
    name: 'a man whose card is still in process wants a loan',
    answers: { document: ['in-process'], goal: ['loan'] },
    outcome: 'loan',
    fact: 'préstamo',
  },
  {
    name: 'a woman with only her Venezuelan cédula',
    answers: { document: ['passport-cedula'] },
    outcome: 'passport-only',
    fact: 'No sabemos si se aprobó',
  },
  {
    name: 'a man with no document at all',
    answers: { document: ['none'] },
    outcome: 'no-document',
    fact: 'Migraciones',
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
