/** possibleAnswers and enumeratePaths: every way through a flow, for tests, diagrams and the build. */
import { describe, expect, it } from 'vitest';
import { enumeratePaths, nodeById, possibleAnswers, walk } from '../../../src/engine';
import type { Question } from '../../../src/content/schema';
import { broken, demo } from '../../fixtures/engine/flows';

describe('possibleAnswers', () => {
  it('gives each option of a single-choice question', () => {
    expect(possibleAnswers(nodeById(demo, 'has-id') as Question)).toEqual([['yes'], ['no']]);
  });

  it('gives every non-empty set of the ordinary options, then each exclusive option alone', () => {
    expect(possibleAnswers(nodeById(demo, 'needs') as Question)).toEqual([['health'], ['work'], ['health', 'work'], ['none']]);
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
