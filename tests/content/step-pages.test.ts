/**
 * Every question, check page and result of every flow has a prerendered page of its own, drawn in a
 * real state of the flow (the first path that reaches it), so the HTML shows that very step.
 */
import { describe, expect, it } from 'vitest';
import { buildContent, CONTENT_DIR } from '../../src/content/build';
import { answersReaching, pageSteps, resolveStep } from '../../src/engine';

const { flows } = buildContent(CONTENT_DIR);

describe.each(flows.map((f) => [f.id, f] as const))('%s', (_id, flow) => {
  it.each(pageSteps(flow))('the page of %s is drawn showing that step, with no notice', (step) => {
    const answers = answersReaching(flow, step);
    expect(answers, 'a path reaches it').toBeDefined();
    const { screen, moved } = resolveStep(flow, step, answers!);
    expect(moved).toBeUndefined();
    expect(screen.kind === 'question' ? screen.question.id : screen.kind === 'outcome' ? screen.outcome.id : screen.kind).toBe(step);
  });
});
