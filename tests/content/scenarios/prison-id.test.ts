/**
 * Foreigners in prison and the carné de extranjería (content/flows/prison-id.yaml):
 * named scenarios, GOV.UK smart-answers style. Each one answers the questions, expects an outcome
 * and a fact in its Spanish title or summary.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  { name: 'a Venezuelan man in prison asks about his card', answers: { who: ['in-prison'] }, outcome: 'for-prisoner', fact: 'más de 1700' },
  { name: 'the help was reported in 2024: the prisoner is told to ask whether it still runs', answers: { who: ['in-prison'] }, outcome: 'for-prisoner', fact: 'No sabemos si esta ayuda sigue hoy' },
  { name: 'his sister wants to help him get the card', answers: { who: ['family'] }, outcome: 'for-helper', fact: 'carné de extranjería' },
  { name: 'a caseworker at a help desk asks for a client in prison', answers: { who: ['caseworker'] }, outcome: 'for-helper', fact: '5000' },
];

runScenarios('prison-id', scenarios);
