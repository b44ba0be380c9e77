/** Every path through a flow: for tests, diagrams and the build. */
import type { Flow, Outcome, Question } from '../content/schema';
import { type Answers, nextOf, nodeById } from './graph';
import { CHECK } from './step';

export interface FlowPath {
  answers: Answers;
  questions: string[];
  outcome: Outcome;
}

/**
 * The answers a question can take: each option, or for multiple choice every allowed set. With
 * `relevant` (the options some rule tests), options no rule tests are interchangeable, so one of
 * them stands for all: the answers that can lead somewhere different, without the combinatorial
 * explosion of a long checklist.
 */
export function possibleAnswers(question: Question, relevant?: ReadonlySet<string>): string[][] {
  if (question.type === 'single') return question.options.map((o) => [o.id]);
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => [o.id]);
  let others = question.options.filter((o) => !o.exclusive).map((o) => o.id);
  if (relevant) {
    const stand = others.find((o) => !relevant.has(o));
    others = others.filter((o) => relevant.has(o) || o === stand);
  }
  const sets: string[][] = [];
  // A checklist longer than any rule needs: each option alone and all together are enough.
  if (others.length > 16) return [...others.map((o) => [o]), others, ...exclusive];
  for (let mask = 1; mask < 1 << others.length; mask++) {
    sets.push(others.filter((_, i) => mask & (1 << i)));
  }
  return [...sets, ...exclusive];
}

/**
 * Enumerates every distinct path from the start to an outcome (answers that only differ in options
 * no rule tests count as one path). Paths that a broken graph leaves
 * without an outcome are reported through `deadEnds` (the content check refuses such flows).
 */
export function enumeratePaths(flow: Flow, limit = 20000): { paths: FlowPath[]; deadEnds: Answers[] } {
  const relevant = new Map<string, Set<string>>();
  for (const node of flow.nodes) {
    if (node.type !== 'rule') continue;
    for (const c of node.rules.flatMap((r) => r.when)) {
      const set = relevant.get(c.question) ?? new Set<string>();
      [...(c.anyOf ?? []), ...(c.noneOf ?? [])].forEach((o) => set.add(o));
      relevant.set(c.question, set);
    }
  }
  const paths: FlowPath[] = [];
  const deadEnds: Answers[] = [];
  const visit = (id: string | undefined, answers: Answers, questions: string[], seen: string[]): void => {
    if (paths.length + deadEnds.length >= limit) return;
    const node = id === undefined ? undefined : nodeById(flow, id);
    if (!node || seen.includes(node.id)) {
      deadEnds.push(answers);
      return;
    }
    const trail = [...seen, node.id];
    if (node.type === 'outcome') {
      paths.push({ answers, questions, outcome: node });
    } else if (node.type === 'rule') {
      visit(nextOf(flow, node, answers), answers, questions, trail);
    } else {
      for (const value of possibleAnswers(node, relevant.get(node.id) ?? new Set())) {
        const next = { ...answers, [node.id]: value };
        visit(nextOf(flow, node, next), next, [...questions, node.id], trail);
      }
    }
  };
  visit(flow.start, {}, [], []);
  return { paths, deadEnds };
}

/**
 * Answers that reach `step` (a question, an outcome or the check page) on the first path through
 * the flow that passes it: the state a prerendered step page is drawn in. Undefined if none does.
 */
export function answersReaching(flow: Flow, step: string): Answers | undefined {
  for (const p of enumeratePaths(flow).paths) {
    if (step === CHECK || step === p.outcome.id) return p.answers;
    const at = p.questions.indexOf(step);
    if (at >= 0) return Object.fromEntries(p.questions.slice(0, at).map((q) => [q, p.answers[q]!]));
  }
  return undefined;
}
