/** Lookups on one flow's graph. Pure: no DOM, no Preact, no i18next. */
import type { Condition, Flow, FlowNode, Outcome, Question } from '../content/schema';

/** Answers by question id; a single-choice answer is a list of one option id. */
export type Answers = Readonly<Record<string, readonly string[]>>;

const cache = new WeakMap<Flow, Map<string, FlowNode>>();

export function nodeById(flow: Flow, id: string): FlowNode | undefined {
  let map = cache.get(flow);
  if (!map) {
    map = new Map(flow.nodes.map((n) => [n.id, n]));
    cache.set(flow, map);
  }
  return map.get(id);
}

/** The answer given to a question (own properties only: an id such as "constructor" is just an id). */
export function answerOf(answers: Answers, questionId: string): readonly string[] | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

export function isQuestion(node: FlowNode | undefined): node is Question {
  return node?.type === 'single' || node?.type === 'multiple';
}

/** Whether `answer` is a complete, valid answer to `question`. */
export function isValidAnswer(question: Question, answer: readonly string[] | undefined): boolean {
  if (!answer || answer.length === 0) return false;
  const ids = new Set(question.options.map((o) => o.id));
  if (!answer.every((a) => ids.has(a)) || new Set(answer).size !== answer.length) return false;
  if (question.type === 'single') return answer.length === 1;
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.id);
  return answer.length === 1 || !answer.some((a) => exclusive.includes(a));
}

export function conditionHolds(condition: Condition, answers: Answers): boolean {
  const given = answerOf(answers, condition.question) ?? [];
  if (condition.anyOf && !condition.anyOf.some((o) => given.includes(o))) return false;
  if (condition.noneOf && condition.noneOf.some((o) => given.includes(o))) return false;
  return true;
}

/**
 * The flows an outcome recommends for these answers, in the outcome's order, each once (a flow may
 * be listed under several conditions: the first that holds places it).
 */
export function recommendedFlows(outcome: Outcome, answers: Answers): string[] {
  const fitting = (outcome.recommend ?? []).filter((r) => (r.when ?? []).every((c) => conditionHolds(c, answers)));
  return [...new Set(fitting.map((r) => r.flow))];
}

/** Whether the outcome should lead with urgent help for these answers. */
export function isUrgent(outcome: Outcome, answers: Answers): boolean {
  return outcome.urgent === true || (outcome.urgentWhen?.every((c) => conditionHolds(c, answers)) ?? false);
}

/**
 * The node that follows `node` given the answers, or undefined when the node is an outcome or a
 * question not (validly) answered yet.
 */
export function nextOf(flow: Flow, node: FlowNode, answers: Answers): string | undefined {
  switch (node.type) {
    case 'single': {
      const answer = answerOf(answers, node.id);
      if (!isValidAnswer(node, answer)) return undefined;
      return node.options.find((o) => o.id === answer?.[0])?.next;
    }
    case 'multiple':
      return isValidAnswer(node, answerOf(answers, node.id)) ? node.next : undefined;
    case 'rule':
      return node.rules.find((r) => r.when.every((c) => conditionHolds(c, answers)))?.next ?? node.otherwise;
    case 'outcome':
      return undefined;
  }
}

/** Every node id that `node` can lead to, whatever the answers. */
export function targetsOf(node: FlowNode): string[] {
  switch (node.type) {
    case 'single':
      return node.options.map((o) => o.next);
    case 'multiple':
      return [node.next];
    case 'rule':
      return [...node.rules.map((r) => r.next), node.otherwise];
    case 'outcome':
      return [];
  }
}
