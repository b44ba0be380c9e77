/** Walking a flow from its start with the answers given so far. */
import type { Flow, Outcome, Question } from '../content/schema';
import { type Answers, answerOf, isQuestion, nextOf, nodeById, targetsOf } from './graph';

export interface Walk {
  /** The questions answered on the way, in order, with their answers. */
  path: { question: Question; answer: readonly string[] }[];
  /** The answers on that path only: what rules and outcomes go by. */
  answers: Answers;
  /** The first unanswered question, or undefined once an outcome is reached. */
  question?: Question;
  /** The outcome, once every question on the way is answered. */
  outcome?: Outcome;
}

/**
 * Follows the flow from its start through every answered question and rule. It never throws:
 * a broken graph (which the content check refuses) simply ends the walk.
 */
export function walk(flow: Flow, answers: Answers): Walk {
  const path: Walk['path'] = [];
  // Rules only see answers given on the way here: an answer left behind by a change earlier on
  // must not steer the flow (nor survive a share link, which carries the path's answers only).
  const onPath: Record<string, readonly string[]> = {};
  const seen = new Set<string>();
  let id: string | undefined = flow.start;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const node = nodeById(flow, id);
    if (!node) break;
    if (node.type === 'outcome') return { path, answers: onPath, outcome: node };
    const next = nextOf(flow, node, isQuestion(node) ? answers : onPath);
    if (isQuestion(node)) {
      if (next === undefined) return { path, answers: onPath, question: node };
      const answer = answerOf(answers, node.id) ?? [];
      path.push({ question: node, answer });
      onPath[node.id] = answer;
    }
    id = next;
  }
  return { path, answers: onPath };
}

/** Only the answers that lie on the current path (answers to questions left behind are dropped). */
export function answersOnPath(flow: Flow, answers: Answers): Answers {
  return walk(flow, answers).answers;
}

/** Records an answer and returns the new answers; other answers are kept (as GOV.UK does). */
export function answer(answers: Answers, questionId: string, value: readonly string[]): Answers {
  return { ...answers, [questionId]: [...value] };
}

/** The most questions a person can still meet from `nodeId` (itself included). */
export function questionsLeft(flow: Flow, nodeId: string, memo = new Map<string, number>()): number {
  const known = memo.get(nodeId);
  if (known !== undefined) return known;
  memo.set(nodeId, 0); // guards against cycles in unchecked content
  const node = nodeById(flow, nodeId);
  let result = 0;
  if (node && node.type !== 'outcome') {
    result = Math.max(...targetsOf(node).map((t) => questionsLeft(flow, t, memo))) + (isQuestion(node) ? 1 : 0);
  }
  memo.set(nodeId, result);
  return result;
}

/** The most questions any path through the flow asks. */
export function maxQuestions(flow: Flow): number {
  return questionsLeft(flow, flow.start);
}
