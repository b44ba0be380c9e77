/**
 * Named scenarios for the support-centre flow (GOV.UK smart-answers style): each one answers the
 * questions as a person would and names the outcome it must reach and a phrase its Spanish text
 * must contain. Together they reach every outcome of the flow.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  {
    name: 'a Venezuelan living in Lima needs her migration papers',
    answers: { who: ['foreigner'], 'need-foreigner': ['papers'] },
    outcome: 'migration-procedures',
    fact: 'canales oficiales de Migraciones',
    stepsFact: 'Según una nota de Andina',
  },
  {
    name: 'a foreigner wants to know his rights at work',
    answers: { who: ['foreigner'], 'need-foreigner': ['work'] },
    outcome: 'work-foreigner',
    fact: 'Servicio de Orientación al Migrante',
    stepsFact: 'Estos datos son de 2020',
  },
  {
    name: 'a foreigner does not know what she needs',
    answers: { who: ['foreigner'], 'need-foreigner': ['other'] },
    outcome: 'other-help',
    fact: 'peruanos retornados que mencionó el Gobierno',
  },
  {
    name: 'a Peruvian back from Chile needs a passport',
    answers: { who: ['returning'], 'need-returning': ['papers'] },
    outcome: 'return-procedures',
    fact: 'pasaporte',
  },
  {
    name: 'a Peruvian back from Spain is looking for work',
    answers: { who: ['returning'], 'need-returning': ['work'] },
    outcome: 'work-returning',
    fact: 'peruanos que vuelven',
    stepsFact: 'gratis para todas las personas peruanas',
  },
  {
    name: 'a returning Peruvian needs something else',
    answers: { who: ['returning'], 'need-returning': ['other'] },
    outcome: 'other-help',
    fact: 'Estos canales oficiales sí están confirmados',
  },
];

runScenarios('support-centre', scenarios);
