/**
 * Facing an expulsion procedure: named scenarios (GOV.UK smart-answers style) that reach every
 * outcome of content/flows/expulsion.yaml, each with a fact its Spanish title or summary must state.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  {
    name: 'a person held by the police right now',
    answers: { situation: ['held'] },
    outcome: 'held-now',
    fact: 'hasta 12 horas',
  },
  {
    name: 'a person who was handed an expulsion decision',
    answers: { situation: ['notice'] },
    outcome: 'got-notice',
    fact: '3 días hábiles',
  },
  {
    name: 'a caseworker who wants to know the rights in general',
    answers: { situation: ['rights'] },
    outcome: 'know-rights',
    fact: 'debido proceso',
  },
];

runScenarios('expulsion', scenarios);
