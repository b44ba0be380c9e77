/**
 * Asylum (refugio) and statelessness (content/flows/asylum.yaml):
 * named scenarios, GOV.UK smart-answers style. Each one answers the questions, expects an outcome
 * and a fact in its Spanish title or summary.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  { name: 'applied, confirmed she still wants asylum: the June 2025 date has passed', answers: { applied: ['yes'], asked: ['still-want'] }, outcome: 'keep-waiting', fact: 'junio de 2025' },
  { name: 'applied, never asked to confirm: check the claim is still open', answers: { applied: ['yes'], asked: ['not-asked'] }, outcome: 'check-active', fact: '23 %' },
  { name: 'applied, does not remember being asked: check the claim is still open', answers: { applied: ['yes'], asked: ['not-sure'] }, outcome: 'check-active', fact: 'sigue activa' },
  { name: 'applied and later withdrew: check status with Migraciones', answers: { applied: ['yes'], asked: ['withdrew'] }, outcome: 'withdrew', fact: 'casi 2000' },
  {
    name: 'her claim was already answered: Migraciones and the CEPR, and what is not known',
    answers: { applied: ['answered'] },
    outcome: 'answered',
    fact: 'pregunta en Migraciones',
    stepsFact: 'cómo comunicarte con ella',
    questions: ['applied'],
  },
  { name: 'has not applied yet: the CEPR handles claims', answers: { applied: ['no'] }, outcome: 'not-applied', fact: 'Comisión Especial para los Refugiados' },
  { name: 'no country recognises him as a citizen: draft statelessness law', answers: { applied: ['no-nationality'] }, outcome: 'stateless', fact: 'apatridia' },
];

runScenarios('asylum', scenarios);
