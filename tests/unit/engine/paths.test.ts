/** possibleAnswers and enumeratePaths: every way through a flow, for tests, diagrams and the build. */
import { describe, expect, it } from 'vitest';
import { answersReaching, CHECK, enumeratePaths, nodeById, pageSteps, possibleAnswers, resolveStep, walk } from '../../../src/engine';
import type { Question } from '../../../src/content/schema';
import { broken, demo, makeFlow } from '../../fixtures/engine/flows';

describe('possibleAnswers', () => {
  it('gives each option of a single-choice question', () => {
    expect(possibleAnswers(nodeById(demo, 'has-id') as Question)).toEqual([['yes'], ['no']]);
  });

  it('gives every non-empty set of the ordinary options, then each exclusive option alone', () => {
    expect(possibleAnswers(nodeById(demo, 'needs') as Question)).toEqual([['health'], ['work'], ['health', 'work'], ['none']]);
  });

  it('lets one option stand for all the options no rule tests', () => {
    const needs = nodeById(demo, 'needs') as Question;
    expect(possibleAnswers(needs, new Set(['work']))).toEqual([['health'], ['work'], ['health', 'work'], ['none']]);
    expect(possibleAnswers(needs, new Set())).toEqual([['health'], ['none']]);
    expect(possibleAnswers(needs, new Set(['health', 'work']))).toEqual([['health'], ['work'], ['health', 'work'], ['none']]);
  });
});

describe('possibleAnswers on a very long checklist', () => {
  it('keeps each option alone and all together instead of billions of sets', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `o${i}`);
    const q: Question = { id: 'long', type: 'multiple', next: 'end', options: [...ids.map((id) => ({ id })), { id: 'none', exclusive: true }] };
    const answers = possibleAnswers(q);
    expect(answers).toHaveLength(20 + 1 + 1);
    expect(answers).toContainEqual(['o7']);
    expect(answers).toContainEqual(ids);
    expect(answers).toContainEqual(['none']);
  });
});

describe('enumeratePaths', () => {
  const { paths, deadEnds } = enumeratePaths(demo);

  it('finds every path: 4 answers to "needs" on the yes branch, 2 × 4 on the no branch', () => {
    expect(paths).toHaveLength(12);
    expect(deadEnds).toEqual([]);
  });

  it('reaches each outcome as often as worked out by hand', () => {
    const count: Record<string, number> = {};
    for (const p of paths) count[p.outcome.id] = (count[p.outcome.id] ?? 0) + 1;
    // nothing-needed: none on yes / lost / never; replace-id: lost with health, work or both;
    // clinic: health alone on yes / never; general: the rest.
    expect(count).toEqual({ 'nothing-needed': 3, 'replace-id': 3, clinic: 2, general: 4 });
  });

  it('lists the questions asked, and answers that walk to the same outcome', () => {
    expect(paths[0]).toEqual({ answers: { 'has-id': ['yes'], needs: ['health'] }, questions: ['has-id', 'needs'], outcome: nodeById(demo, 'clinic') });
    for (const p of paths) {
      const w = walk(demo, p.answers);
      expect(w.outcome).toBe(p.outcome);
      expect(w.path.map((s) => s.question.id)).toEqual(p.questions);
    }
    expect(Math.max(...paths.map((p) => p.questions.length))).toBe(3);
  });

  it.each([0, 1, 5, 12])('stops at the limit of %i', (limit) => {
    const limited = enumeratePaths(demo, limit);
    expect(limited.paths).toEqual(paths.slice(0, limit));
  });

  it('counts answers that differ only in options no rule tests as one path', () => {
    // A checklist of four documents no rule looks at, then a rule on an earlier answer: 2 paths, not 2 × 15.
    const checklist = makeFlow('has-id', [
      { id: 'has-id', type: 'single', options: [{ id: 'yes', next: 'papers' }, { id: 'no', next: 'papers' }] },
      { id: 'papers', type: 'multiple', options: ['a', 'b', 'c', 'd'].map((id) => ({ id })), next: 'route' },
      { id: 'route', type: 'rule', rules: [{ when: [{ question: 'has-id', noneOf: ['no'] }], next: 'with-id' }], otherwise: 'without-id' },
      { id: 'with-id', type: 'outcome', sources: ['P1'] },
      { id: 'without-id', type: 'outcome', sources: ['P1'] },
    ]);
    expect(enumeratePaths(checklist).paths.map((p) => [p.answers, p.outcome.id])).toEqual([
      [{ 'has-id': ['yes'], papers: ['a'] }, 'with-id'],
      [{ 'has-id': ['no'], papers: ['a'] }, 'without-id'],
    ]);
  });

  it('reports the answers that lead nowhere on a broken graph', () => {
    expect(enumeratePaths(broken.noStart)).toEqual({ paths: [], deadEnds: [{}] });
    expect(enumeratePaths(broken.ruleLoop)).toEqual({ paths: [], deadEnds: [{}] });
    const missing = enumeratePaths(broken.missingTarget);
    expect(missing.paths.map((p) => p.answers)).toEqual([{ q: ['a'] }]);
    expect(missing.deadEnds).toEqual([{ q: ['b'] }]);
    expect(enumeratePaths(broken.questionCycle).deadEnds).toEqual([
      { q1: ['a'], q2: ['a'] },
      { q1: ['b'], q2: ['a'] },
    ]);
    // {a, a} is no valid answer, so the question leads nowhere.
    const duplicate = enumeratePaths(broken.duplicateOption);
    expect(duplicate.paths).toHaveLength(2);
    expect(duplicate.deadEnds).toEqual([{ m: ['a', 'a'] }]);
  });

  it('counts dead ends toward the limit', () => {
    expect(enumeratePaths(broken.questionCycle, 1)).toEqual({ paths: [], deadEnds: [{ q1: ['a'], q2: ['a'] }] });
  });
});

describe('answersReaching and pageSteps (what each prerendered step page is drawn with)', () => {
  it('lists every question and outcome, and the check page, but no rule', () => {
    expect(pageSteps(demo)).toEqual(demo.nodes.filter((n) => n.type !== 'rule').map((n) => n.id).concat(CHECK));
    expect(pageSteps(demo)).not.toContain('route');
  });

  it('gives no answers for the first question and the answers before a later one', () => {
    expect(answersReaching(demo, 'has-id')).toEqual({});
    expect(answersReaching(demo, 'why-not')).toEqual({ 'has-id': ['no'] });
    expect(Object.keys(answersReaching(demo, 'needs') ?? {})).toEqual(['has-id']);
  });

  it('draws every page step in a state that really shows it', () => {
    for (const step of pageSteps(demo)) {
      const answers = answersReaching(demo, step);
      expect(answers, step).toBeDefined();
      const { screen, moved } = resolveStep(demo, step, answers!);
      expect(moved, step).toBeUndefined();
      const shown = screen.kind === 'question' ? screen.question.id : screen.kind === 'outcome' ? screen.outcome.id : screen.kind;
      expect(shown, step).toBe(step);
    }
  });

  it('gives nothing for a step no path reaches', () => {
    expect(answersReaching(demo, 'nowhere')).toBeUndefined();
  });
});
