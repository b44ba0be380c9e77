/**
 * Where a person is in a flow, from the URL's `step` and answers, and where each action leads.
 * Pages render this; they never decide routing themselves.
 */
import type { Flow, Outcome, Question } from '../content/schema';
import type { Answers } from './graph';
import { isUrgent, nodeById } from './graph';
import { questionsLeft, walk, type Walk } from './walk';

export const CHECK = 'check';

export type Screen =
  | { kind: 'start' }
  | { kind: 'question'; question: Question; index: number; atMost: number; walk: Walk }
  | { kind: 'check'; walk: Walk }
  | { kind: 'outcome'; outcome: Outcome; walk: Walk; direct: boolean };

export interface Resolved {
  screen: Screen;
  /** Set when the URL asked for a step that the answers cannot reach (an old or edited link). */
  moved?: 'unknown-step' | 'unreachable-step';
}

/** The steps that are pages of their own: every question and outcome, and the check page. */
export function pageSteps(flow: Flow): string[] {
  return [...flow.nodes.filter((n) => n.type !== 'rule').map((n) => n.id), CHECK];
}

/** Resolves the URL's step against the answers; an impossible step falls back to the nearest valid one. */
export function resolveStep(flow: Flow, step: string | null, answers: Answers): Resolved {
  const w = walk(flow, answers);
  const frontier = (moved?: Resolved['moved']): Resolved => ({ screen: frontierScreen(flow, w), moved });
  if (step === null || step === '') return { screen: { kind: 'start' } };
  if (step === CHECK) return w.outcome ? { screen: { kind: 'check', walk: w } } : frontier('unreachable-step');
  const node = nodeById(flow, step);
  if (!node || node.type === 'rule') return frontier('unknown-step');
  if (node.type === 'outcome') {
    if (w.outcome?.id === node.id) return { screen: { kind: 'outcome', outcome: node, walk: w, direct: false } };
    // An outcome opened directly (caseworker index) carries no answers at all.
    if (Object.keys(answers).length === 0) return { screen: { kind: 'outcome', outcome: node, walk: w, direct: true } };
    return frontier('unreachable-step');
  }
  const index = w.path.findIndex((s) => s.question.id === node.id);
  if (index >= 0) return { screen: questionScreen(flow, w, node, index) };
  if (w.question?.id === node.id) return { screen: questionScreen(flow, w, node, w.path.length) };
  return frontier('unreachable-step');
}

function questionScreen(flow: Flow, w: Walk, question: Question, index: number): Screen {
  return { kind: 'question', question, index, atMost: index + questionsLeft(flow, question.id), walk: w };
}

function frontierScreen(flow: Flow, w: Walk): Screen {
  if (w.question) return questionScreen(flow, w, w.question, w.path.length);
  if (w.outcome) return urgentOutcome(w) ? { kind: 'outcome', outcome: w.outcome, walk: w, direct: false } : { kind: 'check', walk: w };
  return { kind: 'start' };
}

/**
 * Whether the answers reach an outcome that leads with urgent help (a person in danger now): such
 * a result comes straight after the last answer, without the check page. Its page still lists the
 * answers ("Your answers"), and its Back link returns to the last question.
 */
function urgentOutcome(w: Walk): boolean {
  return w.outcome !== undefined && isUrgent(w.outcome, w.answers);
}

/**
 * The step after answering `questionId`: the next unanswered question, or the check page once the
 * answers reach an outcome (the outcome itself when it is urgent). With `returnToCheck` (a Change
 * from the check page) it goes straight back to the check page when nothing new needs asking.
 */
export function stepAfter(flow: Flow, answers: Answers, questionId: string, returnToCheck = false): string {
  const w = walk(flow, answers);
  if (urgentOutcome(w)) return w.outcome!.id;
  if (returnToCheck && w.outcome) return CHECK;
  const index = w.path.findIndex((s) => s.question.id === questionId);
  const following = index >= 0 ? w.path[index + 1]?.question.id : undefined;
  return following ?? w.question?.id ?? CHECK;
}

/** The step before `step` (null means the flow's start page). */
export function stepBefore(flow: Flow, answers: Answers, step: string): string | null {
  const w = walk(flow, answers);
  if (step === CHECK || nodeById(flow, step)?.type === 'outcome') {
    if (!w.path.length) return null;
    const toLastQuestion = step === CHECK || (w.outcome?.id === step && urgentOutcome(w));
    return toLastQuestion ? w.path[w.path.length - 1]!.question.id : CHECK;
  }
  const index = w.path.findIndex((s) => s.question.id === step);
  const at = index >= 0 ? index : w.path.length;
  return at > 0 ? w.path[at - 1]!.question.id : null;
}
