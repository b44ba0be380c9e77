/**
 * Peruvians who return home (Ley 30001 / Ley 31827) (content/flows/returning-peruvians.yaml):
 * named scenarios, GOV.UK smart-answers style. Each one answers the questions, expects an outcome
 * and a fact in its Spanish title or summary.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  { name: 'lived 5 years in Chile: meets the 3-year rule', answers: { 'years-abroad': ['three-or-more'] }, outcome: 'meets-time', fact: '3 años seguidos' },
  { name: '2 and a half years abroad, had to come back: meets the 2-year forced-return rule', answers: { 'years-abroad': ['two-to-three'], 'why-return': ['had-to'] }, outcome: 'meets-time-forced', fact: '2 años seguidos' },
  { name: '2 and a half years in Spain, chose to come back: below the minimum', answers: { 'years-abroad': ['two-to-three'], 'why-return': ['chose'] }, outcome: 'below-time', fact: 'no llegas al mínimo' },
  { name: '1 year in Argentina: below the minimum', answers: { 'years-abroad': ['under-two'] }, outcome: 'below-time', fact: '3 años seguidos' },
  { name: '2 and a half years abroad, unsure if the return was forced: it depends', answers: { 'years-abroad': ['two-to-three'], 'why-return': ['not-sure'] }, outcome: 'depends-forced', fact: 'forzado' },
  { name: 'does not know how long he was away: count the years first', answers: { 'years-abroad': ['not-sure'] }, outcome: 'count-time', fact: 'cuenta cuántos años' },
];

runScenarios('returning-peruvians', scenarios);
