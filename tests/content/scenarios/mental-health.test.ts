/**
 * Named scenarios for the mental-health flow (GOV.UK smart-answers style): each one answers the
 * questions as a person would and names the outcome it must reach and a phrase its Spanish text
 * must contain. Together they reach every outcome of the flow.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  {
    name: 'someone is thinking of self-harm right now',
    answers: { danger: ['yes'] },
    outcome: 'crisis',
    fact: 'llama al 106',
    urgent: true,
  },
  {
    name: 'a migrant without papers wants to talk to someone tonight',
    answers: { danger: ['no'], what: ['talk'] },
    outcome: 'talk-now',
    fact: 'para peruanos y extranjeros',
  },
  {
    name: 'a woman with SIS wants regular sessions',
    answers: { danger: ['no'], what: ['care'], insured: ['yes'] },
    outcome: 'care-sis',
    fact: 'la atención es gratis',
    stepsFact: 'a dónde puedes ir',
  },
  {
    name: 'a man with no insurance wants care in person',
    answers: { danger: ['no'], what: ['care'], insured: ['no'] },
    outcome: 'care-no-sis',
    fact: 'sin importar su situación migratoria',
  },
  {
    name: 'a person who does not know if she has SIS wants care in person',
    answers: { danger: ['no'], what: ['care'], insured: ['not-sure'] },
    outcome: 'care-no-sis',
    fact: 'Pregunta antes',
  },
];

runScenarios('mental-health', scenarios);
