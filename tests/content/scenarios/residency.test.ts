/**
 * Residence and regularization: named scenarios (GOV.UK smart-answers style) that reach every
 * outcome of content/flows/residency.yaml, each with a fact its Spanish title or summary must state.
 */
import { runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  {
    name: 'a Venezuelan with a CPP that has not expired yet',
    answers: { need: ['status'], document: ['permit-valid'] },
    outcome: 'valid-permit',
    fact: 'antes de que venza tu CPP o PTP',
  },
  {
    name: 'a person whose CPP expired after the 2023 extension lapsed',
    answers: { need: ['status'], document: ['permit-expired'] },
    outcome: 'expired-permit',
    fact: 'Calidad Migratoria Especial Residente',
  },
  {
    name: 'a resident who already holds a foreigner\'s card',
    answers: { need: ['status'], document: ['carne'] },
    outcome: 'has-carne',
    fact: 'revisa cuándo vence',
  },
  {
    name: 'an asylum seeker with a carné de solicitante de refugio',
    answers: { need: ['status'], document: ['asylum'] },
    outcome: 'asylum-seeker',
    fact: 'Comisión Especial para los Refugiados',
  },
  {
    name: 'a person with no document who entered through a border check with a passport (and a visa if needed)',
    answers: { need: ['status'], document: ['none'], entry: ['yes'] },
    outcome: 'entered-with-visa',
    fact: 'Entraste por el control de Migraciones',
  },
  {
    name: 'a person with no document who entered without a visa',
    answers: { need: ['status'], document: ['none'], entry: ['no'] },
    outcome: 'no-document',
    fact: 'ya cerraron',
  },
  {
    name: 'a person with no document who would rather not say how they entered',
    answers: { need: ['status'], document: ['none'], entry: ['not-sure'] },
    outcome: 'no-document',
    fact: 'Pregunta en Migraciones si hay un trámite abierto',
  },
  {
    name: 'a CPP holder whose bank asks for a foreigner\'s card',
    answers: { need: ['accepted'] },
    outcome: 'document-not-accepted',
    fact: 'no solo el carné',
  },
  {
    name: 'a person who was told they will be expelled',
    answers: { need: ['expulsion'] },
    outcome: 'facing-expulsion',
    fact: 'no es asesoría legal',
  },
];

runScenarios('residency', scenarios);
