/**
 * Named scenarios for the financial-inclusion flow (GOV.UK smart-answers style): each one answers the
 * questions as a person would and names the outcome it must reach and a phrase its Spanish text
 * must contain. Together they reach every outcome of the flow.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  {
    name: 'a woman with a carné de extranjería wants a savings account',
    answers: { document: ['carne'], goal: ['account'] },
    outcome: 'open-account',
    fact: 'Según una fuente secundaria',
  },
  {
    name: 'a man with a CPP wants to open an account',
    answers: { document: ['cpp-ptp'], goal: ['account'] },
    outcome: 'open-account',
    fact: 'que te abran una cuenta',
  },
  {
    name: 'an asylum seeker wants to send money home',
    answers: { document: ['refugee'], goal: ['send'] },
    outcome: 'send-money',
    fact: 'Según una nota de prensa',
  },
  {
    name: 'a man whose card is still in process wants a loan',
    answers: { document: ['in-process'], goal: ['loan'] },
    outcome: 'loan',
    fact: 'préstamo',
  },
  {
    name: 'a woman whose bank refused her CPP',
    answers: { document: ['cpp-ptp'], goal: ['refused'] },
    outcome: 'document-refused',
    fact: 'No tenemos confirmado un canal para reclamar',
    stepsFact: '13323-2020-SBS',
  },
  {
    name: 'a woman with only her Venezuelan cédula',
    answers: { document: ['passport-cedula'] },
    outcome: 'passport-only',
    fact: 'No sabemos si se aprobó',
  },
  {
    name: 'a man with no document at all',
    answers: { document: ['none'] },
    outcome: 'no-document',
    fact: 'Migraciones',
  },
];

runScenarios('financial-inclusion', scenarios);
