/** The content check on a flow's graph: ids, targets, cycles, reachability and conditions. */
import { describe, expect, it } from 'vitest';
import { checkGraph } from '../../../src/content/validate-graph';
import { enumeratePaths } from '../../../src/engine';
import { expectProblems, FLOW, problemsAfter, type Expected, type Tree } from '../../fixtures/content/tree';
import { broken, makeFlow } from '../../fixtures/engine/flows';

// The fixture flow: nodes[0] insured, [1] needs, [2] route (rule), [3] go-insured, [4] go-free, [5] no-visit.
type Case = [name: string, breakIt: (t: Tree) => void, expected: Expected[]];
const flow = (edit: Parameters<Tree['yaml']>[1]) => (t: Tree) => t.yaml('flows/clinic.yaml', edit);

describe('checkGraph through the content check', () => {
  it.each<Case>([
    ['a duplicate node id', flow((f) => (f.nodes[4].id = 'go-insured')), [[FLOW, 'nodes[4].id', 'unique-id', 'node id "go-insured" is already used by nodes[3]']]],
    ['a duplicate option id', flow((f) => (f.nodes[1].options[1].id = 'doctor')), [[FLOW, 'nodes[1].options[1].id', 'unique-id', '"doctor" appears twice in options']]],
    ['a duplicate step id', flow((f) => f.nodes[3].steps.push({ id: 'book' })), [[FLOW, 'nodes[3].steps[1].id', 'unique-id', '"book" appears twice in steps']]],
    ['an option leading nowhere', flow((f) => (f.nodes[0].options[1].next = 'nowhere')), [[FLOW, 'nodes[0].options[1].next', 'target-exists', '"nowhere" is not a node of this flow']]],
    ['a multiple-choice next leading nowhere', flow((f) => (f.nodes[1].next = 'nowhere')), [[FLOW, 'nodes[1].next', 'target-exists', '"nowhere" is not a node']]],
    ['a rule leading nowhere', flow((f) => (f.nodes[2].rules[1].next = 'nowhere')), [[FLOW, 'nodes[2].rules[1].next', 'target-exists', '"nowhere" is not a node']]],
    ['an otherwise leading nowhere', flow((f) => (f.nodes[2].otherwise = 'nowhere')), [[FLOW, 'nodes[2].otherwise', 'target-exists', '"nowhere" is not a node']]],
    ['a start that is no node', flow((f) => (f.start = 'nowhere')), [[FLOW, 'start', 'target-exists', 'start "nowhere" is not a node of this flow']]],
    [
      'a question leading to itself',
      flow((f) => (f.nodes[0].options[0].next = 'insured')),
      [
        [FLOW, 'nodes[0].options[0].next', 'no-cycle', '"insured" leads to itself'],
        [FLOW, 'nodes[0]', 'no-cycle', 'cycle: insured → insured'],
      ],
    ],
    ['a rule leading back to the start', flow((f) => (f.nodes[2].otherwise = 'insured')), [[FLOW, 'nodes[0]', 'no-cycle', 'cycle: insured → needs → route → insured']]],
    ['a node nothing leads to', flow((f) => (f.nodes[2].otherwise = 'go-insured')), [[FLOW, 'nodes[4]', 'reachable', '"go-free" cannot be reached from the start "insured"']]],
    [
      'an outcome the rules never choose',
      // "needs" has none of [nothing] whenever rule 1 is tried, so go-insured always wins.
      flow((f) => (f.nodes[2].rules[1].when = [{ question: 'needs', noneOf: ['nothing'] }])),
      [[FLOW, 'nodes[4]', 'reachable', 'outcome "go-free" is never reached by any answers (check the rules)']],
    ],
    ['a condition on an unknown question', flow((f) => (f.nodes[2].rules[1].when[0].question = 'nowhere')), [[FLOW, 'nodes[2].rules[1].when[0].question', 'condition-ref', '"nowhere" is not a question of this flow']]],
    ['a condition on an outcome', flow((f) => (f.nodes[2].rules[0].when[0].question = 'no-visit')), [[FLOW, 'nodes[2].rules[0].when[0].question', 'condition-ref', '"no-visit" is not a question of this flow']]],
    ['a condition on an unknown option', flow((f) => (f.nodes[2].rules[1].when[0].anyOf = ['yes', 'maybe'])), [[FLOW, 'nodes[2].rules[1].when[0]', 'condition-ref', '"maybe" is not an option of question "insured"']]],
    ['an urgency condition on an unknown question', flow((f) => (f.nodes[3].urgentWhen[0].question = 'nowhere')), [[FLOW, 'nodes[3].urgentWhen[0].question', 'condition-ref', '"nowhere" is not a question of this flow']]],
    ['a recommendation condition on an unknown option', flow((f) => (f.nodes[3].recommend[0].when[0].anyOf = ['maybe'])), [[FLOW, 'nodes[3].recommend[0].when[0]', 'condition-ref', '"maybe" is not an option of question "insured"']]],
    ['a condition with neither anyOf nor noneOf', flow((f) => delete f.nodes[2].rules[1].when[0].anyOf), [[FLOW, 'nodes[2].rules[1].when[0]', 'condition-ref', 'a condition needs anyOf or noneOf']]],
  ])('%s', (_name, breakIt, expected) => {
    expectProblems(problemsAfter(breakIt), expected);
  });
});

// resolveStep treats the URL step "check" as the check page before looking for a node, so a node
// with that id would be hidden: the validator reserves it.
it('refuses a node id "check", which the check page\'s step would hide', () => {
  const problems = problemsAfter(flow((f) => (f.nodes[5].id = 'check')));
  expect(problems.filter((p) => p.file === FLOW && p.path === 'nodes[5].id' && p.rule === 'reserved-id')).toHaveLength(1);
});

/*
 * There is no "ends in an outcome" rule: it could never fire. enumeratePaths finds a dead end only
 * at a missing node (target-exists), a node seen twice on a path (no-cycle) or an answer its own
 * question refuses, which possibleAnswers only makes from a duplicate option (unique-id); and
 * checkGraph stops before enumerating paths when any of those is found. The tests below show each
 * kind of dead end is refused by one of those rules, so a flow that passes has no dead end.
 */
describe('a path that ends in no outcome', () => {
  it.each([
    ['a missing target', broken.missingTarget, 'target-exists'],
    ['a cycle of questions', broken.questionCycle, 'no-cycle'],
    ['a rule leading to itself', broken.ruleLoop, 'no-cycle'],
    ['a duplicate option in a multiple-choice question', broken.duplicateOption, 'unique-id'],
  ])('a dead end from %s is reported as %s', (_name, graph, rule) => {
    expect(enumeratePaths(graph).deadEnds.length).toBeGreaterThan(0);
    const rules = checkGraph('content/flows/test.yaml', graph, 'test').map((p) => p.rule);
    expect(rules).toContain(rule);
  });

  it('a flow whose every path ends in an outcome gets no problem', () => {
    const ok = makeFlow('q', [
      { id: 'q', type: 'single', options: [{ id: 'a', next: 'end' }, { id: 'b', next: 'end' }] },
      { id: 'end', type: 'outcome', sources: ['P1'] },
    ]);
    expect(checkGraph('content/flows/test.yaml', ok, 'test')).toEqual([]);
  });
});
