/**
 * The health-cover flow, scenario by scenario (as GOV.UK smart-answers tests its flows): the answers
 * a person gives, the outcome they reach and a fact they read in its Spanish title or summary. On TB
 * or HIV the flow asks about the foreigner card before it answers.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  {
    name: 'TB or HIV, no foreigner card yet: the temporary SIS measure',
    answers: { need: ['tb-hiv'], 'has-carne': ['no'] },
    outcome: 'tb-hiv-sis',
    fact: 'aunque no tengas carné',
    questions: ['need', 'has-carne'],
  },
  {
    name: 'TB or HIV with a foreigner card: ask the SIS',
    answers: { need: ['tb-hiv'], 'has-carne': ['yes'] },
    outcome: 'tb-hiv-carne',
    fact: 'pregunta en el SIS',
    questions: ['need', 'has-carne'],
  },
  { name: 'sexual and reproductive health: open whatever the nationality or age', answers: { need: ['sexual-health'] }, outcome: 'sexual-health', fact: 'sin importar tu nacionalidad ni tu edad' },
  { name: 'a disability: temporary cover with any ID', answers: { need: ['disability'] }, outcome: 'disability-cover', fact: 'el Gobierno dijo que sirve cualquier documento de identidad' },
  { name: 'other care: no confirmed rule, ask the SIS', answers: { need: ['other'] }, outcome: 'other-care', fact: 'No tenemos una fuente confirmada' },
];

runScenarios('health-cover', scenarios);
