/**
 * The health-cover flow, scenario by scenario (as GOV.UK smart-answers tests its flows): the answers
 * a person gives, the outcome they reach and a fact they read in its Spanish title or summary. On TB
 * or HIV the flow asks which document the person has (a neutral question: a returning Peruvian picks
 * the DNI and is sent to the SIS, not to the foreigners' measure) before it answers.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  {
    name: 'TB or HIV, a CPP or another document but no foreigner card: the temporary SIS measure',
    answers: { need: ['tb-hiv'], document: ['other'] },
    outcome: 'tb-hiv-sis',
    fact: 'aunque no tengas carné de extranjería',
    questions: ['need', 'document'],
  },
  {
    name: 'TB or HIV, no document at all: the same measure, with a sworn statement',
    answers: { need: ['tb-hiv'], document: ['none'] },
    outcome: 'tb-hiv-sis',
    fact: 'personas extranjeras con tuberculosis o VIH',
  },
  {
    name: 'TB or HIV with a foreigner card: ask the SIS',
    answers: { need: ['tb-hiv'], document: ['carne'] },
    outcome: 'tb-hiv-carne',
    fact: 'pregunta en el SIS',
    questions: ['need', 'document'],
  },
  {
    name: 'TB or HIV, a Peruvian with a DNI (a returnee): ask the SIS, not the foreigners\' measure',
    answers: { need: ['tb-hiv'], document: ['dni'] },
    outcome: 'tb-hiv-dni',
    fact: 'Con tu DNI, pregunta en el SIS',
    stepsFact: 'con tu DNI',
    questions: ['need', 'document'],
  },
  { name: 'sexual and reproductive health: open whatever the nationality or age', answers: { need: ['sexual-health'] }, outcome: 'sexual-health', fact: 'sin importar tu nacionalidad ni tu edad', stepsFact: 'Si estás embarazada', questions: ['need'] },
  { name: 'a disability: temporary cover with any ID', answers: { need: ['disability'] }, outcome: 'disability-cover', fact: 'el Gobierno dijo que sirve cualquier documento de identidad' },
  { name: 'other care: no confirmed rule, ask the SIS', answers: { need: ['other'] }, outcome: 'other-care', fact: 'No tenemos una fuente confirmada' },
];

runScenarios('health-cover', scenarios);
