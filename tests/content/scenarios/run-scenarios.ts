/**
 * The shared harness of the named-scenario tables (GOV.UK smart-answers style): each scenario
 * answers the questions, expects an outcome and a fact in its Spanish title or summary, and the
 * table must reach every outcome of the flow. A scenario may also check, when it names them, the
 * questions asked on the way, a fact in the outcome's Spanish steps, whether the outcome leads with
 * urgent help, and the flows it recommends, in order.
 */
import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { buildContent } from '../../../src/content/build';
import { isUrgent, recommendedFlows, walk } from '../../../src/engine';

export interface Scenario {
  name: string;
  answers: Record<string, string[]>;
  outcome: string;
  /** A phrase of the outcome's Spanish title or summary. */
  fact: string;
  /** A phrase of the outcome's Spanish steps. */
  stepsFact?: string;
  /** The ids of the questions asked on the way to the outcome, in order. */
  questions?: string[];
  /** Whether the outcome leads with urgent help for these answers (as the outcome page decides). */
  urgent?: boolean;
  /** The flows the outcome recommends for these answers, in the order they are shown. */
  recommends?: string[];
}

type OutcomeText = { title?: string; summary?: string; steps?: Record<string, string> };

export const content = buildContent(resolve(process.cwd(), 'content'));

/** The flow with this id (undefined when there is none: runScenarios then fails). */
export function flowOf(flowId: string) {
  return content.flows.find((f) => f.id === flowId)!;
}

export function runScenarios(flowId: string, scenarios: Scenario[]): void {
  const flow = flowOf(flowId);
  const es = content.texts.es![flowId] as { nodes: Record<string, OutcomeText> } | undefined;
  describe(`${flowId} scenarios`, () => {
    it('the flow exists', () => {
      expect(flow).toBeDefined();
      expect(es, `Spanish texts of ${flowId}`).toBeDefined();
    });

    for (const s of scenarios) {
      it(s.name, () => {
        const { outcome, path, answers } = walk(flow, s.answers);
        expect(outcome?.id).toBe(s.outcome);
        const text = es!.nodes[s.outcome] ?? {};
        expect(`${text.title ?? ''} ${text.summary ?? ''}`, `"${s.fact}" in the Spanish title or summary of ${s.outcome}`).toContain(s.fact);
        if (s.stepsFact !== undefined) {
          expect(Object.values(text.steps ?? {}).join(' '), `"${s.stepsFact}" in the Spanish steps of ${s.outcome}`).toContain(s.stepsFact);
        }
        if (s.questions !== undefined) expect(path.map((p) => p.question.id), 'the questions asked').toEqual(s.questions);
        if (s.urgent !== undefined) expect(isUrgent(outcome!, answers), 'urgent').toBe(s.urgent);
        if (s.recommends !== undefined) expect(recommendedFlows(outcome!, answers), 'the flows recommended').toEqual(s.recommends);
      });
    }

    it('the scenarios reach every outcome of the flow', () => {
      const outcomes = flow.nodes.filter((n) => n.type === 'outcome').map((n) => n.id);
      expect(new Set(scenarios.map((s) => s.outcome))).toEqual(new Set(outcomes));
    });
  });
}
