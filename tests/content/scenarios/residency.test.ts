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
    questions: ['need', 'document'],
  },
  {
    name: 'a person whose CPP expired after the 2023 extension lapsed: told they may be irregular, sent on to the expulsion guide',
    answers: { need: ['status'], document: ['permit-expired'] },
    outcome: 'expired-permit',
    fact: 'Calidad Migratoria Especial Residente',
    recommends: ['expulsion'],
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
    recommends: ['asylum'],
  },
  {
    name: 'a person with no migration document who came through a border check and whose stay still runs',
    answers: { need: ['status'], document: ['none'], entry: ['yes'], stay: ['yes'] },
    outcome: 'entered-with-visa',
    fact: 'Entraste por el control de Migraciones',
    questions: ['need', 'document', 'entry', 'stay'],
  },
  {
    name: 'a visitor with only a passport and a visa still valid, who came in through the check',
    answers: { need: ['status'], document: ['passport'], entry: ['yes'], stay: ['yes'] },
    outcome: 'entered-with-visa',
    fact: 'todavía estás dentro del tiempo que te dieron',
    questions: ['need', 'document', 'entry', 'stay'],
  },
  {
    name: 'a Venezuelan who entered through a check before the 2019 visa rule and stayed on: the PTP 2023 for overstayers has closed',
    answers: { need: ['status'], document: ['none'], entry: ['yes'], stay: ['no'] },
    outcome: 'overstayed',
    fact: 'se quedaron más tiempo ya cerró',
    stepsFact: 'si ya pasó el tiempo que te dieron',
    recommends: ['expulsion'],
  },
  {
    name: 'a passport holder who is not sure whether their stay has run out: open services said first',
    answers: { need: ['status'], document: ['passport'], entry: ['yes'], stay: ['not-sure'] },
    outcome: 'overstayed',
    fact: 'la salud sexual y reproductiva es para todas las personas',
    recommends: ['expulsion'],
  },
  {
    name: 'a person with no document who entered without a migration check',
    answers: { need: ['status'], document: ['none'], entry: ['no'] },
    outcome: 'no-document',
    fact: 'ya cerraron',
    questions: ['need', 'document', 'entry'],
    recommends: ['expulsion'],
  },
  {
    name: 'a Venezuelan with only a passport and no visa who crossed after June 2019 without a check: not told she entered with a visa',
    answers: { need: ['status'], document: ['passport'], entry: ['no'] },
    outcome: 'no-document',
    fact: 'Si entraste sin pasar por el control de Migraciones',
    questions: ['need', 'document', 'entry'],
    recommends: ['expulsion'],
  },
  {
    name: 'a person with no document who would rather not say how they entered',
    answers: { need: ['status'], document: ['none'], entry: ['not-sure'] },
    outcome: 'no-document',
    fact: 'Pregunta en Migraciones si hay un trámite abierto',
  },
  {
    name: 'a CPP holder whose bank asks for a foreigner\'s card: the guidelines are the Government\'s statement',
    answers: { need: ['accepted'] },
    outcome: 'document-not-accepted',
    fact: 'El Gobierno dijo que hay pautas',
  },
  {
    name: 'a person who was told they will be expelled',
    answers: { need: ['expulsion'] },
    outcome: 'facing-expulsion',
    fact: 'no es asesoría legal',
    stepsFact: 'preguntar si te puede orientar',
    recommends: ['expulsion'],
  },
];

runScenarios('residency', scenarios);
