/**
 * Discrimination and racism (content/flows/discrimination.yaml): named scenarios, GOV.UK
 * smart-answers style. Each one answers the questions, expects an outcome and a fact in its Spanish text.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  { name: 'attacked and afraid: call the police on 105', answers: { what: ['danger'] }, outcome: 'in-danger', fact: '105' },
  { name: 'insulted for skin colour, wants to report: line 1817', answers: { what: ['skin'], want: ['report'] }, outcome: 'report-racism', fact: '1817' },
  { name: 'insulted for skin colour, not sure yet: line 1817', answers: { what: ['skin'], want: ['not-sure'] }, outcome: 'report-racism', fact: 'Alerta contra el Racismo' },
  { name: 'insulted for skin colour, wants legal help', answers: { what: ['skin'], want: ['legal'] }, outcome: 'legal-help', fact: 'ayuda legal gratis' },
  { name: 'treated badly for being Venezuelan, wants to report', answers: { what: ['origin'], want: ['report'] }, outcome: 'origin-report', fact: 'solo por ser de otro país' },
  { name: 'treated badly for an accent, not sure yet', answers: { what: ['origin'], want: ['not-sure'] }, outcome: 'origin-report', fact: '1817' },
  { name: 'treated badly for being foreign, wants legal help', answers: { what: ['origin'], want: ['legal'] }, outcome: 'legal-help', fact: 'Ministerio de Cultura' },
  { name: 'treated badly for being foreign, wants to report: free legal help too', answers: { what: ['origin'], want: ['report'] }, outcome: 'origin-report', fact: 'Alerta contra el Racismo', stepsFact: '1817' },
  { name: 'a parent whose child is bullied at school: ask the school, line 1817', answers: { what: ['school'] }, outcome: 'at-school', fact: 'colegios', stepsFact: '1817', questions: ['what'], urgent: false },
  { name: 'treated badly at work: the SOM', answers: { what: ['work'] }, outcome: 'at-work', fact: 'Servicio de Orientación al Migrante' },
];

runScenarios('discrimination', scenarios);
