/**
 * Facing an expulsion procedure: named scenarios (GOV.UK smart-answers style) that reach every
 * outcome of content/flows/expulsion.yaml, each with a fact its Spanish title or summary must state.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  {
    name: 'a person held by the police right now: may call the Defensoría and ask, not promised advice',
    answers: { situation: ['held'] },
    outcome: 'held-now',
    fact: 'hasta 12 horas',
    stepsFact: 'preguntar si te puede orientar',
    urgent: false,
  },
  {
    name: 'a person who was handed an expulsion decision',
    answers: { situation: ['notice'] },
    outcome: 'got-notice',
    fact: '3 días hábiles',
    stepsFact: 'publicaciones de 2007 a 2013',
  },
  {
    name: 'a caseworker who wants to know the rights in general',
    answers: { situation: ['rights'] },
    outcome: 'know-rights',
    fact: 'debido proceso',
  },
  {
    name: 'a person who was expelled and is thinking of coming back: the Committee\'s question on re-entry',
    answers: { situation: ['came-back'] },
    outcome: 'after-expulsion',
    fact: 'de forma clandestina o ilegal',
    stepsFact: 'pregunta en Migraciones si puedes volver a entrar',
  },
];

runScenarios('expulsion', scenarios);
