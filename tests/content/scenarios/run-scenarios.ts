/**
 * The shared harness of the named-scenario tables (GOV.UK smart-answers style): each scenario
 * answers the questions, expects an outcome and a fact in its Spanish title or summary, and the
 * table must reach every outcome of the flow.
 */
import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { buildContent } from '../../../src/content/build';
import { walk } from '../../../src/engine';

export interface Scenario {
  name: string;
  answers: Record<string, string[]>;
  outcome: string;
  fact: string;
}

const content = buildContent(resolve(process.cwd(), 'content'));

export function runScenarios(flowId: string, scenarios: Scenario[]): void {
  const flow = content.flows.find((f) => f.id === flowId)!;
  const es = content.texts.es![flowId] as { nodes: Record<string, { title?: string; summary?: string }> };
  describe(`${flowId} scenarios`, () => {
    for (const s of scenarios) {
      it(s.name, () => {
        expect(walk(flow, s.answers).outcome?.id).toBe(s.outcome);
        const text = es.nodes[s.outcome]!;
        expect(`${text.title} ${text.summary}`).toContain(s.fact);
      });
    }

    it('the scenarios reach every outcome of the flow', () => {
      const outcomes = flow.nodes.filter((n) => n.type === 'outcome').map((n) => n.id);
      expect(new Set(scenarios.map((s) => s.outcome))).toEqual(new Set(outcomes));
    });
  });
}
