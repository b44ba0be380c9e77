/**
 * The children flow, scenario by scenario (as GOV.UK smart-answers tests its flows): the answers a
 * person gives (an adult, or the child or teenager), the outcome they reach and a fact they read in
 * its Spanish title or summary.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  { name: 'an adult, a child in danger now: call the police', answers: { who: ['other'], situation: ['danger'] }, outcome: 'danger-now', fact: '105', urgent: true },
  { name: 'a teenager in danger now: call the police', answers: { who: ['me'], 'my-situation': ['danger'] }, outcome: 'danger-now', fact: 'Si tú o un niño', urgent: true, questions: ['who', 'my-situation'] },
  {
    name: 'an adult, a child alone: the special protection units (and plainly no confirmed direct UPE number)',
    answers: { who: ['other'], situation: ['alone'] },
    outcome: 'child-alone',
    fact: 'Unidad de Protección Especial (UPE)',
    stepsFact: 'No tenemos un número de teléfono directo de las UPE',
  },
  { name: 'an adult, a child hurt: Línea 100', answers: { who: ['other'], situation: ['violence'] }, outcome: 'child-violence', fact: 'Línea 100' },
  { name: 'a teenager alone in Peru: free help, call Línea 100, the UPE', answers: { who: ['me'], 'my-situation': ['alone'] }, outcome: 'teen-alone', fact: 'Unidades de Protección Especial' },
  { name: 'a teenager someone hurts: call Línea 100', answers: { who: ['me'], 'my-situation': ['hurt'] }, outcome: 'teen-hurt', fact: 'Si alguien te hace daño' },
];

runScenarios('children', scenarios);
