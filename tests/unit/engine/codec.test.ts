/** Answers in the query string (`a=has-id:no,needs:health.work`): readable, stable and tolerant. */
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, walk } from '../../../src/engine';
import { demo } from '../../fixtures/engine/flows';

describe('encodeAnswers', () => {
  it('writes the answers in the order they were asked, whatever the object order', () => {
    const answers = { needs: ['health', 'work'], 'why-not': ['lost'], 'has-id': ['no'] };
    expect(encodeAnswers(demo, answers)).toBe('has-id:no,why-not:lost,needs:health.work');
  });

  it('writes only the answered part of the path, and nothing for no answers', () => {
    expect(encodeAnswers(demo, { 'has-id': ['no'], needs: ['work'] })).toBe('has-id:no');
    expect(encodeAnswers(demo, {})).toBe('');
  });

  it.each([
    [{ 'has-id': ['yes'], needs: ['none'] }],
    [{ 'has-id': ['no'], 'why-not': ['never'], needs: ['work', 'health'] }],
  ])('decodes back to the same answers and outcome: %j', (answers) => {
    const decoded = decodeAnswers(demo, encodeAnswers(demo, answers));
    expect(decoded).toEqual({ ok: true, answers });
    expect(walk(demo, decoded.answers).outcome).toBe(walk(demo, answers).outcome);
  });
});

describe('decodeAnswers', () => {
  it.each([null, undefined, ''])('reads %j as no answers at all', (raw) => {
    expect(decodeAnswers(demo, raw)).toEqual({ ok: true, answers: {} });
  });

  it('ignores empty parts left by stray commas', () => {
    expect(decodeAnswers(demo, ',,,')).toEqual({ ok: true, answers: {} });
    expect(decodeAnswers(demo, ',has-id:yes,,needs:work,')).toEqual({ ok: true, answers: { 'has-id': ['yes'], needs: ['work'] } });
  });

  it.each([
    ['%%%', {}, ['unknown-question:%%%']],
    ['a:b:c', {}, ['unknown-question:a']],
    ['has-id:yes:no', {}, ['unknown-question:has-id']],
    ['nope:yes', {}, ['unknown-question:nope']],
    ['route:yes', {}, ['unknown-question:route']], // a rule is not a question
    ['general:yes', {}, ['unknown-question:general']], // nor is an outcome
    ['HAS-ID:yes', {}, ['unknown-question:HAS-ID']],
    [`${'x'.repeat(60)}:yes`, {}, [`unknown-question:${'x'.repeat(40)}`]], // echoed back shortened
    ['has-id:maybe', {}, ['bad-answer:has-id']],
    ['has-id:', {}, ['bad-answer:has-id']],
    ['has-id', {}, ['bad-answer:has-id']],
    ['has-id:yes.no', {}, ['bad-answer:has-id']], // two options to a single-choice question
    ['needs:health.none', {}, ['bad-answer:needs']], // an exclusive option with another
    ['needs:work.work', {}, ['bad-answer:needs']],
    ['has-id:yes,has-id:no', { 'has-id': ['yes'] }, ['unknown-question:has-id']], // the first answer wins
    ['has-id:no,%%%,why-not:lost,needs:health.none', { 'has-id': ['no'], 'why-not': ['lost'] }, ['unknown-question:%%%', 'bad-answer:needs']],
  ])('%s keeps %j and reports %j', (raw, answers, problems) => {
    expect(decodeAnswers(demo, raw)).toEqual({ ok: false, answers, problems });
  });

  it('refuses input over 2000 characters outright, and reads input of exactly 2000', () => {
    const atLimit = `has-id:yes${','.repeat(1990)}`;
    expect(atLimit).toHaveLength(2000);
    expect(decodeAnswers(demo, atLimit)).toEqual({ ok: true, answers: { 'has-id': ['yes'] } });
    expect(decodeAnswers(demo, `${atLimit},`)).toEqual({ ok: false, answers: {}, problems: ['too-long'] });
  });

  it('never throws on hostile input', () => {
    const hostile = ['__proto__:x', 'constructor:x', 'toString:x', ':', '::::', '.', 'has-id:.', '\u0000', '%E0%A4%A', 'a=b&c=d'];
    for (const raw of hostile) {
      const decoded = decodeAnswers(demo, raw);
      expect(decoded.ok, raw).toBe(false);
      expect(Object.keys(decoded.answers), raw).toEqual([]);
    }
  });
});
