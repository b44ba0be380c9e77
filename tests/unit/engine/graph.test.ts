/** Lookups on a flow's graph: which answers count, which conditions hold, where each node leads. */
import { describe, expect, it } from 'vitest';
import { conditionHolds, isQuestion, isUrgent, isValidAnswer, nextOf, nodeById, recommendedFlows, targetsOf } from '../../../src/engine';
import type { Outcome, Question } from '../../../src/content/schema';
import { demo } from '../../fixtures/engine/flows';

const question = (id: string) => nodeById(demo, id) as Question;

describe('nodeById and isQuestion', () => {
  it('finds nodes by id and tells questions from rules and outcomes', () => {
    expect(nodeById(demo, 'why-not')?.type).toBe('single');
    expect(nodeById(demo, 'nowhere')).toBeUndefined();
    expect(isQuestion(nodeById(demo, 'has-id'))).toBe(true);
    expect(isQuestion(nodeById(demo, 'needs'))).toBe(true);
    expect(isQuestion(nodeById(demo, 'route'))).toBe(false);
    expect(isQuestion(nodeById(demo, 'general'))).toBe(false);
    expect(isQuestion(undefined)).toBe(false);
  });
});

describe('isValidAnswer', () => {
  it.each([
    ['has-id', ['yes'], true],
    ['has-id', ['no'], true],
    ['has-id', undefined, false],
    ['has-id', [], false],
    ['has-id', ['maybe'], false],
    ['has-id', ['yes', 'no'], false], // single choice takes one option
    ['needs', ['health'], true],
    ['needs', ['health', 'work'], true],
    ['needs', ['work', 'health'], true],
    ['needs', ['none'], true],
    ['needs', ['health', 'none'], false], // "none" is exclusive
    ['needs', ['health', 'health'], false], // the same option twice
    ['needs', ['health', 'sport'], false],
  ])('%s with %j → %s', (id, answer, valid) => {
    expect(isValidAnswer(question(id), answer)).toBe(valid);
  });
});

describe('conditionHolds', () => {
  it.each([
    [{ question: 'needs', anyOf: ['health'] }, { needs: ['health', 'work'] }, true],
    [{ question: 'needs', anyOf: ['health'] }, { needs: ['work'] }, false],
    [{ question: 'needs', anyOf: ['health'] }, {}, false], // unanswered never matches anyOf
    [{ question: 'needs', noneOf: ['work'] }, { needs: ['health'] }, true],
    [{ question: 'needs', noneOf: ['work'] }, { needs: ['health', 'work'] }, false],
    [{ question: 'needs', noneOf: ['work'] }, {}, true], // unanswered has none of them
    [{ question: 'needs', anyOf: ['health'], noneOf: ['work'] }, { needs: ['health'] }, true],
    [{ question: 'needs', anyOf: ['health'], noneOf: ['work'] }, { needs: ['health', 'work'] }, false],
    [{ question: 'needs' }, {}, true], // an empty condition (the content check refuses it) holds
  ])('%j with %j → %s', (condition, answers, holds) => {
    expect(conditionHolds(condition, answers)).toBe(holds);
  });
});

describe('nextOf', () => {
  it('follows the chosen option of a single-choice question', () => {
    expect(nextOf(demo, question('has-id'), { 'has-id': ['yes'] })).toBe('needs');
    expect(nextOf(demo, question('has-id'), { 'has-id': ['no'] })).toBe('why-not');
  });

  it('goes nowhere from a question not validly answered yet', () => {
    expect(nextOf(demo, question('has-id'), {})).toBeUndefined();
    expect(nextOf(demo, question('has-id'), { 'has-id': ['yes', 'no'] })).toBeUndefined();
    expect(nextOf(demo, question('needs'), { needs: ['none', 'work'] })).toBeUndefined();
  });

  it('follows a multiple-choice question to its single next node', () => {
    expect(nextOf(demo, question('needs'), { needs: ['health', 'work'] })).toBe('route');
  });

  it.each([
    [{ needs: ['none'] }, 'nothing-needed'],
    [{ 'why-not': ['lost'], needs: ['none'] }, 'nothing-needed'], // the first matching rule wins
    [{ 'why-not': ['lost'], needs: ['work'] }, 'replace-id'],
    [{ needs: ['health'] }, 'clinic'],
    [{ needs: ['health', 'work'] }, 'general'], // otherwise
    [{ needs: ['work'] }, 'general'],
  ])('the rule with %j leads to %s', (answers, next) => {
    expect(nextOf(demo, nodeById(demo, 'route')!, answers)).toBe(next);
  });

  it('ends at an outcome', () => {
    expect(nextOf(demo, nodeById(demo, 'general')!, { needs: ['work'] })).toBeUndefined();
  });
});

describe('targetsOf', () => {
  it.each([
    ['has-id', ['needs', 'why-not']],
    ['needs', ['route']],
    ['route', ['nothing-needed', 'replace-id', 'clinic', 'general']],
    ['clinic', []],
  ])('%s can lead to %j', (id, targets) => {
    expect(targetsOf(nodeById(demo, id)!)).toEqual(targets);
  });
});

describe('recommendedFlows', () => {
  const outcome: Outcome = {
    id: 'o',
    type: 'outcome',
    sources: ['P1'],
    recommend: [
      { flow: 'health-cover', when: [{ question: 'needs', anyOf: ['health'] }] },
      { flow: 'work-rights', when: [{ question: 'needs', anyOf: ['work'] }, { question: 'has-id', anyOf: ['yes'] }] },
      { flow: 'support-centre' },
      { flow: 'health-cover' }, // listed again without conditions: placed here when the first does not hold
    ],
  };

  it.each([
    [{ needs: ['health'], 'has-id': ['yes'] }, ['health-cover', 'support-centre']],
    [{ needs: ['health', 'work'], 'has-id': ['yes'] }, ['health-cover', 'work-rights', 'support-centre']],
    [{ needs: ['work'], 'has-id': ['no'] }, ['support-centre', 'health-cover']],
    [{}, ['support-centre', 'health-cover']],
  ])('with %j recommends %j, in order and each once', (answers, flows) => {
    expect(recommendedFlows(outcome, answers)).toEqual(flows);
  });

  it('recommends nothing when the outcome lists no flows', () => {
    expect(recommendedFlows({ id: 'o', type: 'outcome', sources: ['P1'] }, { needs: ['health'] })).toEqual([]);
  });
});

describe('isUrgent', () => {
  const base: Outcome = { id: 'o', type: 'outcome', sources: ['P1'] };
  const when = [{ question: 'needs', anyOf: ['health'] }];

  it.each([
    ['an urgent outcome', { ...base, urgent: true }, { needs: ['work'] }, true],
    ['an urgent outcome whatever its conditions', { ...base, urgent: true, urgentWhen: when }, { needs: ['work'] }, true],
    ['urgent when its conditions hold', { ...base, urgentWhen: when }, { needs: ['health'] }, true],
    ['not urgent when they do not', { ...base, urgent: false, urgentWhen: when }, { needs: ['work'] }, false],
    ['not urgent by default', base, { needs: ['health'] }, false],
  ])('%s', (_name, outcome, answers, urgent) => {
    expect(isUrgent(outcome, answers)).toBe(urgent);
  });
});
