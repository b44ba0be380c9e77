/** Structural rules for one flow: unique ids, targets, reachability, cycles, conditions. */
import type { Condition, Flow, FlowNode } from './schema';
import { enumeratePaths, isQuestion, nodeById, targetsOf } from '../engine';
import type { Problem } from './problems';
import { CHECK } from '../engine';

/** Step names the app uses itself: a node cannot take them. */
const RESERVED = [CHECK];

export function checkGraph(file: string, flow: Flow, fileId: string): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, rule: string, message: string) => problems.push({ file, path, rule, message });
  if (flow.id !== fileId) add('id', 'file-name', `flow id "${flow.id}" must match the file name "${fileId}"`);

  const seenIds = new Map<string, number>();
  flow.nodes.forEach((node, i) => {
    if (RESERVED.includes(node.id)) add(`nodes[${i}].id`, 'reserved-id', `"${node.id}" is reserved for the check-your-answers page; choose another id`);
    if (seenIds.has(node.id)) add(`nodes[${i}].id`, 'unique-id', `node id "${node.id}" is already used by nodes[${seenIds.get(node.id)}]`);
    else seenIds.set(node.id, i);
    const lists: [string, { id: string }[] | undefined][] =
      node.type === 'outcome'
        ? [['steps', node.steps], ['bring', node.bring], ['rights', node.rights]]
        : node.type === 'rule'
          ? []
          : [['options', node.options]];
    for (const [key, list] of lists) {
      const ids = new Set<string>();
      list?.forEach((item, j) => {
        if (ids.has(item.id)) add(`nodes[${i}].${key}[${j}].id`, 'unique-id', `"${item.id}" appears twice in ${key}`);
        ids.add(item.id);
      });
    }
  });
  if (!nodeById(flow, flow.start)) add('start', 'target-exists', `start "${flow.start}" is not a node of this flow`);

  flow.nodes.forEach((node, i) => {
    for (const [at, t] of labeledTargets(node, `nodes[${i}]`)) {
      if (!nodeById(flow, t)) add(at, 'target-exists', `"${t}" is not a node of this flow`);
      else if (t === node.id) add(at, 'no-cycle', `"${node.id}" leads to itself`);
    }
    const checkConditions = (at: string, conditions: readonly Condition[] | undefined) =>
      conditions?.forEach((c, k) => {
        const q = nodeById(flow, c.question);
        const where = `${at}[${k}]`;
        if (!isQuestion(q)) return add(`${where}.question`, 'condition-ref', `"${c.question}" is not a question of this flow`);
        const options = new Set(q.options.map((o) => o.id));
        for (const o of [...(c.anyOf ?? []), ...(c.noneOf ?? [])]) {
          if (!options.has(o)) add(where, 'condition-ref', `"${o}" is not an option of question "${q.id}"`);
        }
        if (!c.anyOf && !c.noneOf) add(where, 'condition-ref', 'a condition needs anyOf or noneOf');
      });
    if (node.type === 'rule') node.rules.forEach((r, j) => checkConditions(`nodes[${i}].rules[${j}].when`, r.when));
    if (node.type === 'outcome') {
      checkConditions(`nodes[${i}].urgentWhen`, node.urgentWhen);
      node.recommend?.forEach((r, j) => checkConditions(`nodes[${i}].recommend[${j}].when`, r.when));
    }
  });
  if (problems.some((p) => p.rule === 'target-exists' || p.rule === 'unique-id')) return problems;

  // Cycles: depth-first search with colours.
  const state = new Map<string, 1 | 2>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 2) return;
    if (state.get(id) === 1) {
      add(`nodes[${flow.nodes.findIndex((n) => n.id === id)}]`, 'no-cycle', `cycle: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`);
      return;
    }
    state.set(id, 1);
    for (const t of targetsOf(nodeById(flow, id)!)) visit(t, [...trail, id]);
    state.set(id, 2);
  };
  visit(flow.start, []);
  flow.nodes.forEach((n, i) => {
    if (!state.has(n.id)) add(`nodes[${i}]`, 'reachable', `"${n.id}" cannot be reached from the start "${flow.start}"`);
  });
  if (problems.some((p) => p.rule === 'no-cycle')) return problems;

  // Every path ends in an outcome here: enumeratePaths finds a dead end only at a missing target
  // (target-exists), a node met twice on a path (no-cycle) or an answer its question refuses, which
  // possibleAnswers makes only from a duplicate option (unique-id), and each of those returned above.
  const { paths } = enumeratePaths(flow);
  const reached = new Set(paths.map((p) => p.outcome.id));
  flow.nodes.forEach((n, i) => {
    if (n.type === 'outcome' && state.has(n.id) && !reached.has(n.id)) {
      add(`nodes[${i}]`, 'reachable', `outcome "${n.id}" is never reached by any answers (check the rules)`);
    }
  });
  return problems;
}

/** Each target of a node with the key path where it is written. */
function labeledTargets(node: FlowNode, at: string): [string, string][] {
  switch (node.type) {
    case 'single':
      return node.options.map((o, j) => [`${at}.options[${j}].next`, o.next]);
    case 'multiple':
      return [[`${at}.next`, node.next]];
    case 'rule':
      return [...node.rules.map((r, j): [string, string] => [`${at}.rules[${j}].next`, r.next]), [`${at}.otherwise`, node.otherwise]];
    case 'outcome':
      return [];
  }
}
