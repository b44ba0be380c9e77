/**
 * Peruvians abroad (content/flows/peruvians-abroad.yaml):
 * named scenarios, GOV.UK smart-answers style. Each one answers the questions, expects an outcome
 * and a fact in its Spanish title or summary.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  { name: 'needs a birth certificate from abroad: digital certificates at about 30 consulates', answers: { need: ['certificates'] }, outcome: 'certificates', fact: 'unas 30 oficinas consulares' },
  { name: 'lives in Miami and wants to vote: more than 1 million can vote (no decimal comma)', answers: { need: ['vote'] }, outcome: 'vote', fact: 'más de 1 millón (1\u00a0100\u00a0000)' },
  { name: 'worked in Spain and asks about a pension: social security agreements', answers: { need: ['social-security'] }, outcome: 'social-security', fact: 'Convenio Multilateral Iberoamericano' },
  { name: 'in trouble with the law abroad: the consular network', answers: { need: ['help'] }, outcome: 'consular-help', fact: 'asistencia en temas legales y humanitarios' },
];

runScenarios('peruvians-abroad', scenarios);
