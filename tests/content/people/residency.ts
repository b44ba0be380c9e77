/**
 * Residence and regularization: the people the record and the facts file describe, by the document
 * they hold and how they came in. The PTP 2023 was for people irregular on 10 May 2023 "either by
 * overstaying or by entering without migration control" (S13, S15) and closed on 10 Nov 2023 (S85,
 * S17); extended CPPs lapsed on 4 Dec 2023 and their holders could be fined for overstaying (S10);
 * Venezuelans could enter without a visa until 15 June 2019 (P25). Whoever may be irregular is told
 * first that mental health (P30) and sexual and reproductive health (P5) are open to all, and is sent
 * on to the expulsion guide (the PASEE: S41, S42).
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Venezuelan who entered through a Migraciones check before the 2019 visa rule, without a visa, and stayed on with no permit',
    situation: { nationality: 'venezuelan', document: 'none', entry: 'through a Migraciones check, before 15 June 2019', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P25', 'S13', 'S15', 'S85', 'S17', 'S18', 'P30', 'P5'],
    route: [{ flow: 'residency', answers: { need: ['status'], document: ['none'], entry: ['yes'], stay: ['no'] } }],
    outcome: 'overstayed',
    says: {
      es: [
        'se quedaron más tiempo del permitido',
        '10 de noviembre de 2023',
        'puedes estar en situación migratoria irregular',
        'la salud mental es para todas las personas, sin importar su situación migratoria',
        'la salud sexual y reproductiva es para todas las personas',
        'antes del 15 de junio de 2019',
        'proceso de formalización',
      ],
      en: [
        'stayed longer than allowed',
        '10 November 2023',
        'your migration situation may be irregular',
        'mental health care is open to all, whatever your migration status',
        'sexual and reproductive health is open to all',
        'before 15 June 2019',
        'drive to regularize',
      ],
    },
    never: { es: ['Entraste por el control de Migraciones'], en: ['You came in through the Migraciones border check'] },
    recommends: ['expulsion'],
    urgent: false,
  },
  {
    who: 'a Venezuelan who kept only her passport, came in through the check and whose authorised stay ran out years ago',
    situation: { nationality: 'venezuelan', document: 'passport only', entry: 'through a Migraciones check', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P25', 'S13', 'S15', 'S16', 'S85'],
    route: [{ flow: 'residency', answers: { need: ['status'], document: ['passport'], entry: ['yes'], stay: ['no'] } }],
    outcome: 'overstayed',
    says: {
      es: ['El PTP 2023 era un permiso temporal de 1 año', 'ya no se puede pedir', 'El documento con el que entraste'],
      en: ['The PTP 2023 was a 1-year temporary permit', 'You can no longer apply for it', 'The document you came in with'],
    },
    recommends: ['expulsion'],
  },
  {
    who: 'a mother answering for her 10-year-old son, who came in with her through the check; she is not sure his time to stay still runs',
    situation: { nationality: 'venezuelan', document: 'none', entry: 'through a Migraciones check', now: 'in Peru', age: 'child', asking: 'relative' },
    sources: ['P5', 'P30', 'S13', 'S15'],
    route: [{ flow: 'residency', answers: { need: ['status'], document: ['none'], entry: ['yes'], stay: ['not-sure'] } }],
    outcome: 'overstayed',
    says: {
      es: ['sin importar su nacionalidad ni su edad', 'Pregunta en Migraciones qué puedes hacer hoy'],
      en: ['whatever your age or where you are from', 'Ask Migraciones what you can do today'],
    },
    recommends: ['expulsion'],
  },
  {
    who: 'a Venezuelan who came in without going through a migration check and has no document',
    situation: { nationality: 'venezuelan', document: 'none', entry: 'without a check', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S13', 'S15', 'S85', 'S17', 'S18', 'P30', 'P5'],
    route: [{ flow: 'residency', answers: { need: ['status'], document: ['none'], entry: ['no'] } }],
    outcome: 'no-document',
    says: {
      es: [
        'la salud sexual y reproductiva es para todas las personas',
        'sin importar su situación migratoria',
        'porque entraron sin pasar por el control',
        '10 de noviembre de 2023',
        'no era para quienes entraron sin pasar por el control migratorio',
      ],
      en: [
        'sexual and reproductive health is open to all',
        'whatever your migration status',
        'come in without going through the border check',
        '10 November 2023',
        'not for people who came in without going through the border check',
      ],
    },
    notAsked: ['stay'],
    recommends: ['expulsion'],
    urgent: false,
  },
  {
    who: 'a Venezuelan who came in through the check after 15 June 2019 with a passport and the visa, and whose time to stay still runs',
    situation: { nationality: 'venezuelan', document: 'passport with a valid visa', entry: 'through a Migraciones check, after 15 June 2019', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P25', 'P27', 'S7'],
    route: [{ flow: 'residency', answers: { need: ['status'], document: ['passport'], entry: ['yes'], stay: ['yes'] } }],
    outcome: 'entered-with-visa',
    says: {
      es: ['todavía estás dentro del tiempo que te dieron', 'Decreto Legislativo 1350', 'solo pueden entrar con pasaporte y visa', 'con la visa si te la pidieron', 'en ese momento, Migraciones dejaba entrar', 'Confírmalo en Migraciones.'],
      en: ['you are still within the time you were given', 'Legislative Decree 1350', 'can only enter Peru with a passport and a visa', 'with the visa if you needed one', 'at that time, Migraciones let Venezuelans in', 'Check with Migraciones.'],
    },
    never: { es: ['situación migratoria irregular', 'ahora Migraciones deja entrar'], en: ['irregular', 'Migraciones now lets'] },
  },
  {
    who: 'a Venezuelan with only her passport and no visa, who crossed into Peru after 15 June 2019 without a check',
    situation: { nationality: 'venezuelan', document: 'passport only, no visa', entry: 'without a check, after 15 June 2019', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P25', 'S13', 'S15', 'S18', 'S85', 'P30', 'P5'],
    route: [{ flow: 'residency', answers: { need: ['status'], document: ['passport'], entry: ['no'] } }],
    outcome: 'no-document',
    says: {
      es: [
        'Si entraste sin pasar por el control de Migraciones, puedes estar en situación migratoria irregular',
        'la salud mental es para todas las personas, sin importar su situación migratoria',
        'no era para quienes entraron sin pasar por el control migratorio',
      ],
      en: [
        'If you came in without going through the Migraciones border check, your migration situation may be irregular',
        'mental health care is open to all, whatever your migration status',
        'not for people who came in without going through the border check',
      ],
    },
    never: { es: ['Entraste por el control de Migraciones'], en: ['You came in through the Migraciones border check'] },
    notAsked: ['stay'],
    recommends: ['expulsion'],
  },
  {
    who: 'a Venezuelan whose extended CPP lapsed on 4 December 2023 before he asked for special residency status',
    situation: { nationality: 'venezuelan', document: 'expired CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S10', 'S9', 'S18', 'P3', 'P30', 'P5'],
    route: [{ flow: 'residency', answers: { need: ['status'], document: ['permit-expired'] } }],
    outcome: 'expired-permit',
    says: {
      es: ['4 de diciembre de 2023', 'puedes estar en situación irregular', 'multa', 'sanciones', 'Calidad Migratoria Especial Residente', 'la salud sexual y reproductiva'],
      en: ['4 December 2023', 'your situation may be irregular', 'fined', 'sanctions', 'Calidad Migratoria Especial Residente', 'sexual and reproductive health'],
    },
    recommends: ['expulsion'],
  },
  {
    who: 'a Venezuelan with a 2-year CPP that has not expired, who wants to stay for good',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P3', 'P27', 'S9', 'S18'],
    route: [{ flow: 'residency', answers: { need: ['status'], document: ['permit-valid'] } }],
    outcome: 'valid-permit',
    says: {
      es: ['antes de esa fecha', 'el CPP de 2 años permite trabajar', 'Decreto Legislativo 1350', 'Confirma en Migraciones si esto sigue igual', 'TUPA de Migraciones'],
      en: ['before that date', 'the 2-year CPP lets you work', 'Legislative Decree 1350', 'Ask Migraciones if this is still the case', 'Migraciones TUPA'],
    },
  },
  {
    // Was "a holder of the 1-year PTP 2023 that is still running": no such person by 2026 (the PTP 2023
    // closed on 10 Nov 2023, S85, and lasted 1 year, S16). Now a holder of a permit that has not run
    // out but who cannot tell whether it is the 2-year CPP, the only one the Government said lets you work (P3).
    who: 'a holder of a CPP or PTP that has not run out, who does not know whether it is the 2-year CPP and asks whether it lets her work',
    situation: { nationality: 'venezuelan', document: 'valid CPP or PTP, term unknown to her', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P3'],
    route: [{ flow: 'residency', answers: { need: ['status'], document: ['permit-valid'] } }],
    outcome: 'valid-permit',
    says: {
      es: ['el CPP de 2 años permite trabajar', 'Si tu permiso es otro, confirma en Migraciones si te deja trabajar'],
      en: ['the 2-year CPP lets you work', 'If you have another permit, ask Migraciones whether it lets you work'],
    },
  },
  {
    who: 'an asylum seeker with a carné de solicitante de refugio who asks about other ways to stay',
    situation: { nationality: 'venezuelan', document: 'asylum-seeker card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P6', 'P3', 'S39'],
    route: [{ flow: 'residency', answers: { need: ['status'], document: ['asylum'] } }],
    outcome: 'asylum-seeker',
    says: {
      es: ['Comisión Especial para los Refugiados (CEPR)', 'antes de junio de 2025', 'Esa fecha ya pasó', 'con situación migratoria regular', 'La SBS es la entidad que supervisa a los bancos', 'hizo pautas para contratar'],
      en: ['Special Commission for Refugees (CEPR)', 'before June 2025', 'That date has passed', 'to hire people with legal status', 'The SBS is the body that supervises banks', 'made guidelines on hiring'],
    },
    // P3 speaks of guidelines, not guides.
    never: { es: ['hizo guías'], en: ['made guides'] },
    recommends: ['asylum'],
  },
  {
    who: 'a resident with a foreigner’s card who wants to know when and how to renew it',
    situation: { nationality: 'other-foreign', document: 'foreigner’s card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S14', 'S76', 'P38'],
    route: [{ flow: 'residency', answers: { need: ['status'], document: ['carne'] } }],
    outcome: 'has-carne',
    says: {
      es: ['revisa cuándo vence', 'No tenemos datos confirmados', 'personas migrantes con situación migratoria regular'],
      en: ['check when it expires', 'We have no confirmed', 'migrants with regular migration status'],
    },
  },
  {
    who: 'a resident whose foreigner’s card has already expired, who asks what to do now',
    situation: { nationality: 'other-foreign', document: 'expired foreigner’s card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S14', 'S76'],
    route: [{ flow: 'residency', answers: { need: ['status'], document: ['carne'] } }],
    outcome: 'has-carne',
    says: {
      es: ['Si tu carné ya venció, pregunta en Migraciones qué trámite te toca', 'qué pasa si está vencido'],
      en: ['If your card has already expired, ask Migraciones which step applies to you', 'what happens once it has expired'],
    },
  },
  {
    who: 'a CPP holder whose bank will only take a foreigner’s card',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P22', 'S39'],
    route: [{ flow: 'residency', answers: { need: ['accepted'] } }],
    outcome: 'document-not-accepted',
    says: {
      es: ['El Gobierno dijo que hay pautas', 'La SBS es la entidad que supervisa a los bancos', 'constancia de trámite', 'carné de permiso temporal de permanencia'],
      en: ['The Government said there are guidelines', 'The SBS is the body that supervises banks', 'constancia de trámite'],
    },
    never: { en: ['rules so that'] },
    notAsked: ['document'],
  },
  {
    who: 'a person told by the police that she will be expelled, who looks in the residency guide first',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P8', 'P26', 'S41', 'S42', 'S68'],
    route: [{ flow: 'residency', answers: { need: ['expulsion'] } }],
    outcome: 'facing-expulsion',
    says: {
      es: ['preguntar si te puede orientar', 'publicaciones de 2007 a 2013', 'la expulsión no se suspende', 'el conjunto de reglas', '3 días hábiles'],
      en: ['ask if they can advise you', '2007 to 2013', 'does not put the expulsion on hold', 'the set of rules', '3 working days'],
    },
    never: { es: ['la Defensoría del Pueblo te pueden orientar'], en: ['So can the Ombudsman'] },
    recommends: ['expulsion'],
    urgent: false,
  },
];
