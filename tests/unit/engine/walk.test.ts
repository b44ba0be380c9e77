/** Walking a flow with the answers so far: where a person stands, and what changing an answer does. */
import { describe, expect, it } from 'vitest';
import { answer, answersOnPath, decodeAnswers, encodeAnswers, maxQuestions, questionsLeft, walk, type Walk } from '../../../src/engine';
import { broken, demo, makeFlow } from '../../fixtures/engine/flows';

/** A walk as ids: the questions answered, then the question waiting or the outcome reached. */
const summary = (w: Walk) => ({ path: w.path.map((s) => s.question.id), question: w.question?.id, outcome: w.outcome?.id });

describe('walk', () => {
  it('starts at the first question with nothing answered', () => {
    expect(summary(walk(demo, {}))).toEqual({ path: [], question: 'has-id', outcome: undefined });
  });

  it('stops at the first question without a valid answer', () => {
    expect(summary(walk(demo, { 'has-id': ['no'] }))).toEqual({ path: ['has-id'], question: 'why-not', outcome: undefined });
    expect(summary(walk(demo, { 'has-id': ['maybe'], needs: ['work'] }))).toEqual({ path: [], question: 'has-id', outcome: undefined });
  });

  it.each([
    [{ 'has-id': ['yes'], needs: ['health'] }, ['has-id', 'needs'], 'clinic'],
    [{ 'has-id': ['yes'], needs: ['work'] }, ['has-id', 'needs'], 'general'],
    [{ 'has-id': ['yes'], needs: ['health', 'work'] }, ['has-id', 'needs'], 'general'],
    [{ 'has-id': ['no'], 'why-not': ['lost'], needs: ['health'] }, ['has-id', 'why-not', 'needs'], 'replace-id'],
    [{ 'has-id': ['no'], 'why-not': ['never'], needs: ['health'] }, ['has-id', 'why-not', 'needs'], 'clinic'],
    [{ 'has-id': ['no'], 'why-not': ['lost'], needs: ['none'] }, ['has-id', 'why-not', 'needs'], 'nothing-needed'],
  ])('answers %j reach %s', (answers, path, outcome) => {
    expect(summary(walk(demo, answers))).toEqual({ path, question: undefined, outcome });
  });

  it('keeps each answer with the question it answers, in the order asked', () => {
    const w = walk(demo, { needs: ['work', 'health'], 'why-not': ['never'], 'has-id': ['no'] });
    expect(w.path.map((s) => [s.question.id, s.answer])).toEqual([
      ['has-id', ['no']],
      ['why-not', ['never']],
      ['needs', ['work', 'health']],
    ]);
  });

  it('ends quietly on a broken graph: a missing start, a missing target, a cycle', () => {
    expect(summary(walk(broken.noStart, {}))).toEqual({ path: [], question: undefined, outcome: undefined });
    expect(summary(walk(broken.missingTarget, { q: ['b'] }))).toEqual({ path: ['q'], question: undefined, outcome: undefined });
    expect(summary(walk(broken.questionCycle, { q1: ['a'], q2: ['a'] }))).toEqual({ path: ['q1', 'q2'], question: undefined, outcome: undefined });
    expect(summary(walk(broken.ruleLoop, {}))).toEqual({ path: [], question: undefined, outcome: undefined });
  });

  // Coverage only: `answers[id] ?? []` in walk.ts cannot fall back for a plain answers object, since
  // a question is passed only once its answer is valid. An answer that vanishes between two reads is
  // the one way in; it must be recorded as no answer, not crash. (Reported as dead code.)
  it('records an answer that vanishes between reads as no answer', () => {
    let reads = 0;
    const answers = Object.defineProperty({}, 'has-id', { enumerable: true, get: () => (reads++ === 0 ? ['yes'] : undefined) });
    const w = walk(demo, answers);
    expect(w.path).toEqual([{ question: demo.nodes[0], answer: [] }]);
    expect(w.question?.id).toBe('needs');
  });
});

describe('changing an earlier answer', () => {
  const before = { 'has-id': ['no'], 'why-not': ['lost'], needs: ['work'] };
  const changed = answer(before, 'has-id', ['yes']);

  it('records the new answer and keeps the others (as GOV.UK does), without touching the old answers', () => {
    expect(changed).toEqual({ 'has-id': ['yes'], 'why-not': ['lost'], needs: ['work'] });
    expect(before['has-id']).toEqual(['no']);
    const value = ['health'];
    const next = answer(changed, 'needs', value);
    value.push('work');
    expect(next.needs).toEqual(['health']);
  });

  it('keeps later answers still on the path and drops those now off it', () => {
    expect(answersOnPath(demo, changed)).toEqual({ 'has-id': ['yes'], needs: ['work'] });
    expect(walk(demo, changed).answers).toEqual({ 'has-id': ['yes'], needs: ['work'] });
    expect(encodeAnswers(demo, changed)).toBe('has-id:yes,needs:work');
  });

  it('asks the new question a change opens, keeping the later answers', () => {
    const opened = answer({ 'has-id': ['yes'], needs: ['health'] }, 'has-id', ['no']);
    expect(summary(walk(demo, opened))).toEqual({ path: ['has-id'], question: 'why-not', outcome: undefined });
    expect(summary(walk(demo, answer(opened, 'why-not', ['never'])))).toEqual({
      path: ['has-id', 'why-not', 'needs'],
      question: undefined,
      outcome: 'clinic',
    });
  });

  // Regression: rules once read answers left off the path. Here "why-not: lost" is left behind by the
  // change; it must not send the person to "replace-id", since the link encodeAnswers makes
  // (has-id:yes,needs:work) leads to "general".
  it('a rule ignores answers left off the path, so the outcome survives encode/decode', () => {
    const roundTrip = decodeAnswers(demo, encodeAnswers(demo, changed)).answers;
    expect(walk(demo, roundTrip).outcome?.id).toBe('general');
    expect(walk(demo, changed).outcome?.id).toBe('general');
  });
});

describe('questionsLeft and maxQuestions', () => {
  it.each([
    ['has-id', 3], // has-id, why-not, needs
    ['why-not', 2],
    ['needs', 1],
    ['route', 0],
    ['general', 0],
    ['nowhere', 0],
  ])('from %s at most %i question(s)', (id, n) => {
    expect(questionsLeft(demo, id)).toBe(n);
  });

  it('gives the longest path of the whole flow', () => {
    expect(maxQuestions(demo)).toBe(3);
    expect(maxQuestions(makeFlow('end', [{ id: 'end', type: 'outcome', sources: ['P1'] }]))).toBe(0);
  });

  it('terminates on a cycle instead of recursing forever', () => {
    // q1 → q2 → (q1, guarded as 0) gives q2 = 1 and q1 = 2.
    expect(maxQuestions(broken.questionCycle)).toBe(2);
    expect(maxQuestions(broken.ruleLoop)).toBe(0);
  });
});

// Regression: answers were read as `answers[id]` and `qid in answers` on plain objects, so the id
// "constructor" (which the schema accepts) found Object.prototype.constructor: walk threw
// "answer.every is not a function" and decodeAnswers rejected "constructor:yes".
describe('a question whose id is an Object.prototype name', () => {
  const flow = makeFlow('constructor', [
    { id: 'constructor', type: 'single', options: [{ id: 'yes', next: 'end' }, { id: 'no', next: 'end' }] },
    { id: 'end', type: 'outcome', sources: ['P1'] },
  ]);

  it('walk does not throw and asks the question "constructor"', () => {
    expect(() => walk(flow, {})).not.toThrow();
    expect(walk(flow, {}).question?.id).toBe('constructor');
  });

  it('decodeAnswers accepts "constructor:yes"', () => {
    expect(decodeAnswers(flow, 'constructor:yes')).toEqual({ ok: true, answers: { constructor: ['yes'] } });
  });
});
