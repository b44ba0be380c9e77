/** stepAfter and stepBefore: where Continue, Change and Back lead. */
import { describe, expect, it } from 'vitest';
import { CHECK, answer, stepAfter, stepBefore } from '../../../src/engine';
import { broken, demo, safety } from '../../fixtures/engine/flows';

const viaLost = { 'has-id': ['no'], 'why-not': ['lost'] };
const complete = { 'has-id': ['no'], 'why-not': ['lost'], needs: ['work'] };

describe('stepAfter (Continue)', () => {
  it.each([
    [{ 'has-id': ['yes'] }, 'has-id', 'needs'],
    [{ 'has-id': ['no'] }, 'has-id', 'why-not'],
    [viaLost, 'why-not', 'needs'],
    [complete, 'needs', CHECK], // complete: the check page
    [{ 'has-id': ['yes'], needs: ['none'] }, 'needs', CHECK],
  ])('with %j after %s goes to %s', (answers, question, step) => {
    expect(stepAfter(demo, answers, question)).toBe(step);
  });

  it('after a changed answer goes to the next question on the path, already answered', () => {
    const changed = answer(complete, 'why-not', ['never']);
    expect(stepAfter(demo, changed, 'why-not')).toBe('needs');
  });

  it('after a Change from the check page goes straight back to the check page', () => {
    expect(stepAfter(demo, answer(complete, 'why-not', ['never']), 'why-not', true)).toBe(CHECK);
    expect(stepAfter(demo, answer(complete, 'has-id', ['yes']), 'has-id', true)).toBe(CHECK);
  });

  it('after a Change that opens a new question asks it, even when returning to the check page', () => {
    const opened = answer({ 'has-id': ['yes'], needs: ['work'] }, 'has-id', ['no']);
    expect(stepAfter(demo, opened, 'has-id', true)).toBe('why-not');
  });

  it('after an invalid answer stays on the question that needs one', () => {
    expect(stepAfter(demo, { 'has-id': ['maybe'] }, 'has-id')).toBe('has-id');
    expect(stepAfter(demo, {}, 'needs')).toBe('has-id'); // not on the path: the first unanswered
  });

  it('goes straight to an urgent result, without the check page (a person in danger sees who to call at once)', () => {
    expect(stepAfter(safety, { danger: ['yes'] }, 'danger')).toBe('call-now');
    expect(stepAfter(safety, { danger: ['no'], need: ['hurt'] }, 'need')).toBe('support'); // urgent for this answer
    expect(stepAfter(safety, { danger: ['no'], need: ['talk'] }, 'need')).toBe(CHECK); // the same result, not urgent
  });

  it('goes straight to an urgent result after a Change too, and after re-answering an earlier question', () => {
    expect(stepAfter(safety, { danger: ['no'], need: ['hurt'] }, 'need', true)).toBe('support');
    expect(stepAfter(safety, { danger: ['yes'], need: ['talk'] }, 'danger')).toBe('call-now');
  });

  it('on a broken graph with no question or outcome left, goes to the check page (which then moves)', () => {
    expect(stepAfter(broken.missingTarget, { q: ['b'] }, 'q')).toBe(CHECK);
  });
});

describe('stepBefore (Back)', () => {
  it.each([
    [{}, 'has-id', null], // first question: back to the start page
    [complete, 'has-id', null],
    [viaLost, 'why-not', 'has-id'],
    [viaLost, 'needs', 'why-not'], // the question waiting for an answer
    [complete, 'needs', 'why-not'],
    [{ 'has-id': ['yes'], needs: ['work'] }, 'needs', 'has-id'],
    [{ 'has-id': ['yes'] }, 'why-not', 'has-id'], // off the path: the last question answered
    [complete, CHECK, 'needs'], // check: the last question
    [{ 'has-id': ['yes'], needs: ['work'] }, 'general', CHECK], // outcome: the check page
    [{}, 'general', null], // an outcome opened directly
    [{}, CHECK, null],
  ])('with %j from %s goes to %s', (answers, step, before) => {
    expect(stepBefore(demo, answers, step)).toBe(before);
  });

  it.each([
    [{ danger: ['yes'] }, 'call-now', 'danger'], // an urgent result: back to the last question
    [{ danger: ['no'], need: ['hurt'] }, 'support', 'need'],
    [{ danger: ['no'], need: ['talk'] }, 'support', CHECK], // not urgent: the check page
    [{ danger: ['no'], need: ['talk'] }, 'call-now', CHECK], // an outcome these answers do not reach
    [{ danger: ['yes'] }, CHECK, 'danger'],
  ])('on a flow with urgent results, with %j from %s goes to %s', (answers, step, before) => {
    expect(stepBefore(safety, answers, step)).toBe(before);
  });
});
