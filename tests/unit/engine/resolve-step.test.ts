/** resolveStep: which screen a URL (step + answers) shows, and when an old or edited link is moved. */
import { describe, expect, it } from 'vitest';
import { CHECK, resolveStep, type Resolved } from '../../../src/engine';
import { broken, demo, safety } from '../../fixtures/engine/flows';

/** The screen as a person sees it: its kind, the question or outcome, "question n of at most m". */
function seen({ screen, moved }: Resolved) {
  switch (screen.kind) {
    case 'start':
      return { kind: 'start', moved };
    case 'question':
      return { kind: 'question', id: screen.question.id, n: screen.index + 1, atMost: screen.atMost, moved };
    case 'check':
      return { kind: 'check', outcome: screen.walk.outcome?.id, moved };
    case 'outcome':
      return { kind: 'outcome', id: screen.outcome.id, direct: screen.direct, moved };
  }
}

const viaLost = { 'has-id': ['no'], 'why-not': ['lost'] };
const complete = { 'has-id': ['yes'], needs: ['work'] };

describe('resolveStep', () => {
  it.each([null, ''])('shows the start page for step %j', (step) => {
    expect(seen(resolveStep(demo, step, complete))).toEqual({ kind: 'start', moved: undefined });
  });

  it.each([
    // On the "no" branch three questions are asked; on the "yes" branch only two.
    ['has-id', {}, 1, 3],
    ['has-id', viaLost, 1, 3],
    ['why-not', viaLost, 2, 3],
    ['needs', viaLost, 3, 3],
    ['needs', { 'has-id': ['yes'] }, 2, 2],
    ['needs', complete, 2, 2], // answered already: it can be shown again to change it
  ])('shows question %s with %j as question %i of at most %i', (step, answers, n, atMost) => {
    expect(seen(resolveStep(demo, step, answers))).toEqual({ kind: 'question', id: step, n, atMost, moved: undefined });
  });

  it('shows the check page once the answers reach an outcome', () => {
    expect(seen(resolveStep(demo, CHECK, complete))).toEqual({ kind: 'check', outcome: 'general', moved: undefined });
  });

  it('shows the outcome the answers reach', () => {
    expect(seen(resolveStep(demo, 'general', complete))).toEqual({ kind: 'outcome', id: 'general', direct: false, moved: undefined });
  });

  it('shows any outcome opened directly with no answers at all (the caseworker index)', () => {
    const resolved = resolveStep(demo, 'replace-id', {});
    expect(seen(resolved)).toEqual({ kind: 'outcome', id: 'replace-id', direct: true, moved: undefined });
    expect(resolved.screen.kind === 'outcome' && resolved.screen.walk.path).toEqual([]);
  });

  describe('moves an impossible step to where the person really is', () => {
    it.each([
      ['nowhere', {}, { kind: 'question', id: 'has-id', n: 1, atMost: 3 }],
      ['nowhere', viaLost, { kind: 'question', id: 'needs', n: 3, atMost: 3 }],
      ['route', complete, { kind: 'check', outcome: 'general' }], // a rule is never a screen
    ])('unknown step %s with %j', (step, answers, screen) => {
      expect(seen(resolveStep(demo, step, answers))).toEqual({ ...screen, moved: 'unknown-step' });
    });

    it.each([
      ['needs', {}, { kind: 'question', id: 'has-id', n: 1, atMost: 3 }], // beyond the answers
      ['why-not', { 'has-id': ['yes'] }, { kind: 'question', id: 'needs', n: 2, atMost: 2 }], // off the path
      [CHECK, { 'has-id': ['yes'] }, { kind: 'question', id: 'needs', n: 2, atMost: 2 }], // not complete
      [CHECK, {}, { kind: 'question', id: 'has-id', n: 1, atMost: 3 }],
      ['clinic', complete, { kind: 'check', outcome: 'general' }], // another outcome than the answers reach
      ['clinic', { 'has-id': ['yes'] }, { kind: 'question', id: 'needs', n: 2, atMost: 2 }],
    ])('unreachable step %s with %j', (step, answers, screen) => {
      expect(seen(resolveStep(demo, step, answers))).toEqual({ ...screen, moved: 'unreachable-step' });
    });

    it('moves to an urgent result itself, not to the check page, when the answers reach one', () => {
      expect(seen(resolveStep(safety, 'nowhere', { danger: ['yes'] }))).toEqual({ kind: 'outcome', id: 'call-now', direct: false, moved: 'unknown-step' });
      expect(seen(resolveStep(safety, 'support', { danger: ['yes'] }))).toEqual({ kind: 'outcome', id: 'call-now', direct: false, moved: 'unreachable-step' });
      expect(seen(resolveStep(safety, 'call-now', { danger: ['no'], need: ['talk'] }))).toEqual({ kind: 'check', outcome: 'support', moved: 'unreachable-step' });
    });

    it('falls back to the start page when a broken graph leaves nowhere to stand', () => {
      expect(seen(resolveStep(broken.noStart, 'gone', {}))).toEqual({ kind: 'start', moved: 'unknown-step' });
      expect(seen(resolveStep(broken.missingTarget, CHECK, { q: ['b'] }))).toEqual({ kind: 'start', moved: 'unreachable-step' });
    });
  });

  it('gives the question screen the walk so far', () => {
    const { screen } = resolveStep(demo, 'needs', viaLost);
    expect(screen.kind === 'question' && screen.walk.path.map((s) => s.answer)).toEqual([['no'], ['lost']]);
  });
});
