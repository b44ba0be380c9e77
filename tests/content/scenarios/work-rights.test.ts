/**
 * Work and labour rights (content/flows/work-rights.yaml): named scenarios, GOV.UK smart-answers
 * style. Each one answers the questions, expects an outcome and a fact in its Spanish text.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  { name: 'unpaid wages: free advice from the SOM, SUNAFIL to report', answers: { need: ['problem'], problem: ['work-issue'] }, outcome: 'work-problem', fact: 'SUNAFIL' },
  { name: 'treated worse at work for being foreign: SOM and line 1817', answers: { need: ['problem'], problem: ['unfair'] }, outcome: 'work-discrimination', fact: '1817' },
  { name: 'threatened or kept at work: call the police on 105', answers: { need: ['problem'], problem: ['danger'] }, outcome: 'work-danger', fact: '105' },
  { name: 'labour certificate with valid papers: online at empleosperu.gob.pe', answers: { need: ['certificate'], papers: ['yes'] }, outcome: 'cul-online', fact: 'empleosperu.gob.pe' },
  { name: 'labour certificate without papers: ask first', answers: { need: ['certificate'], papers: ['no'] }, outcome: 'cul-check', fact: 'No tenemos una fuente confirmada' },
  { name: 'labour certificate, not sure about papers: ask first', answers: { need: ['certificate'], papers: ['not-sure'] }, outcome: 'cul-check', fact: 'papeles en regla' },
  { name: 'looking for work, not from Bolivia: the SOM', answers: { need: ['rights'], bolivia: ['no'] }, outcome: 'rights-general', fact: 'Servicio de Orientación al Migrante' },
  { name: 'looking for work, from Bolivia: Decision 545', answers: { need: ['rights'], bolivia: ['yes'] }, outcome: 'rights-bolivia', fact: 'Decisión 545' },
  { name: 'wants to start a business: the entrepreneurship programme', answers: { need: ['business'] }, outcome: 'own-business', fact: 'COVID-19' },
];

runScenarios('work-rights', scenarios);
