/**
 * Health cover: the people the record and the facts file describe for it. P5: a temporary measure
 * lets non-resident foreigners with TB or HIV join the SIS before they have a foreigner's card (S27
 * lists the documents it takes, or a sworn statement), and sexual and reproductive health is open
 * whatever the nationality or age. P30: migrants with a disability can use any ID for temporary
 * cover. P10: a Committee member asked about irregular migrants and the PEAS. Returning Peruvians are
 * sent here by where-to-start (P29 describes them): nothing in P5 is for them, and no question may
 * assume a foreigner's card.
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Peruvian back from Chile with tuberculosis: asked which document, sent to the SIS with his DNI, not to the foreigners’ measure',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru, back from abroad', age: 'adult', asking: 'self' },
    sources: ['P5', 'P29', 'S27', 'S81'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['returning'], 'returning-needs': ['health'] } },
      { flow: 'health-cover', answers: { need: ['tb-hiv'], document: ['dni'] } },
    ],
    outcome: 'tb-hiv-dni',
    says: {
      es: ['Con tu DNI', 'SIS (Seguro Integral de Salud)', 'personas extranjeras no residentes'],
      en: ['With your DNI', 'SIS (Seguro Integral de Salud)', 'foreigners'],
    },
    // The TB/HIV measure is about the foreigner's card, which a Peruvian does not have (audit HC-N4).
    never: { es: ['aunque no tengas carné', 'declaración jurada', 'carné de extranjería'], en: ['even without a foreigner', "foreigner's card"] },
  },
  {
    who: 'a Venezuelan with a CPP and no foreigner’s card who has HIV',
    situation: { nationality: 'venezuelan', document: 'CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P5', 'S27'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['permit'], needs: ['health'] } },
      { flow: 'health-cover', answers: { need: ['tb-hiv'], document: ['other'] } },
    ],
    outcome: 'tb-hiv-sis',
    says: {
      es: ['aunque no tengas carné de extranjería', 'el CPP', 'una autorización de trabajo', 'confirma con el SIS que sigue vigente'],
      en: ["even without a foreigner's card", 'CPP', 'a work permit', 'check with the SIS that it still applies'],
    },
    // S27 lists a work authorization, with no narrowing to asylum seekers (audit HC2).
    never: { es: ['autorización de trabajo para solicitantes de refugio'], en: ['work permit for asylum seekers'] },
  },
  {
    who: 'a Venezuelan with tuberculosis who has no document at all',
    situation: { nationality: 'venezuelan', document: 'none', entry: 'without a check', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P5', 'S27'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['none'], needs: ['health'] } },
      { flow: 'health-cover', answers: { need: ['tb-hiv'], document: ['none'] } },
    ],
    outcome: 'tb-hiv-sis',
    says: { es: ['declaración jurada de identidad', 'medida temporal'], en: ['declaración jurada de identidad', 'short-term measure'] },
  },
  {
    who: 'a Colombian resident with a foreigner’s card who has HIV: the measure is not for him, ask the SIS',
    situation: { nationality: 'colombian', document: 'foreigner’s card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P5', 'S27', 'S81'],
    route: [{ flow: 'health-cover', answers: { need: ['tb-hiv'], document: ['carne'] } }],
    outcome: 'tb-hiv-carne',
    says: { es: ['Con tu carné de extranjería', 'No tenemos una fuente confirmada'], en: ["With your foreigner's card", 'We have no confirmed source'] },
  },
  {
    who: 'a pregnant Venezuelan without papers who needs care in pregnancy',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P5'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['none'], needs: ['health'] } },
      { flow: 'health-cover', answers: { need: ['sexual-health'] } },
    ],
    outcome: 'sexual-health',
    says: {
      // P5 says nothing on care in pregnancy: the outcome must speak to her and say so (audit HC-N1).
      es: ['sin importar tu nacionalidad ni tu edad', 'centro de salud', 'Si no te atienden, pide que te digan por qué', 'Si estás embarazada', 'El Gobierno no dijo si la atención del embarazo'],
      en: ['whatever your nationality or age', 'health centre', 'ask them to tell you why', 'If you are pregnant', 'The Government did not say whether care in pregnancy'],
    },
  },
  {
    who: 'a 16-year-old Venezuelan girl who wants birth control, answering for herself',
    situation: { nationality: 'venezuelan', document: 'passport only', now: 'in Peru', age: 'child', asking: 'self' },
    sources: ['P5'],
    route: [{ flow: 'health-cover', answers: { need: ['sexual-health'] } }],
    outcome: 'sexual-health',
    says: { es: ['ni tu edad', 'anticonceptivos'], en: ['age', 'birth control'] },
  },
  {
    who: 'a Venezuelan with a disability and no health insurance who asks about cover',
    situation: { nationality: 'venezuelan', document: 'passport only', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P30', 'P11', 'S29'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['passport'], needs: ['health'] } },
      { flow: 'health-cover', answers: { need: ['disability'] } },
    ],
    outcome: 'disability-cover',
    says: {
      es: ['cualquier documento de identidad para tener un seguro de salud temporal', 'Ley N° 29344', 'Ninguna otra fuente confirma'],
      en: ['any ID to get short-term health cover', 'Ley N° 29344', 'No other source'],
    },
  },
  {
    who: 'a Venezuelan mother without papers asking about care for her sick child',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in Peru', age: 'child', asking: 'relative' },
    sources: ['P10', 'P30', 'P5', 'S65b'],
    route: [{ flow: 'health-cover', answers: { need: ['other'] } }],
    outcome: 'other-care',
    says: {
      es: ['106', 'Plan Esencial de Aseguramiento en Salud (PEAS)', 'sin importar su situación migratoria'],
      en: ['106', 'Plan Esencial de Aseguramiento en Salud (PEAS)', 'Your migration status does not matter'],
    },
  },
  {
    who: 'a Peruvian back home who needs other care: the answer does not speak to him as a foreigner',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru, back from abroad', age: 'adult', asking: 'self' },
    sources: ['P29', 'S81'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['returning'], 'returning-needs': ['health'] } },
      { flow: 'health-cover', answers: { need: ['other'] } },
    ],
    outcome: 'other-care',
    says: { es: ['qué seguro le toca a cada persona'], en: ['which cover each person can get'] },
    never: { es: ['cada persona extranjera'], en: ['each foreigner'] },
  },
];
