/**
 * Answers to and from the query string: `a=has-id:yes,needs:health.work`.
 * Short, readable, stable (ids, never positions) and tolerant: garbage never throws, it gives
 * an `invalid` result that keeps whatever part could be read.
 */
import type { Flow } from '../content/schema';
import { type Answers, isQuestion, isValidAnswer, nodeById } from './graph';
import { walk } from './walk';

export type Decoded =
  | { ok: true; answers: Answers }
  | { ok: false; answers: Answers; problems: string[] };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Encodes the answers on the current path, in the order they were asked. */
export function encodeAnswers(flow: Flow, answers: Answers): string {
  return walk(flow, answers)
    .path.map((s) => `${s.question.id}:${s.answer.join('.')}`)
    .join(',');
}

export function decodeAnswers(flow: Flow, raw: string | null | undefined): Decoded {
  const answers: Record<string, string[]> = {};
  const problems: string[] = [];
  if (!raw) return { ok: true, answers };
  if (raw.length > 2000) return { ok: false, answers, problems: ['too-long'] };
  for (const part of raw.split(',')) {
    if (part === '') continue;
    const [qid = '', value = '', ...rest] = part.split(':');
    const node = ID.test(qid) ? nodeById(flow, qid) : undefined;
    const options = value.split('.');
    if (!isQuestion(node) || rest.length > 0 || Object.hasOwn(answers, qid)) {
      problems.push(`unknown-question:${qid.slice(0, 40)}`);
    } else if (!isValidAnswer(node, options)) {
      problems.push(`bad-answer:${qid}`);
    } else {
      answers[qid] = options;
    }
  }
  return problems.length ? { ok: false, answers, problems } : { ok: true, answers };
}
