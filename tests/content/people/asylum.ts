/**
 * Asylum: the people P6 describes (applicants waiting, those the CEPR asked to confirm, the almost
 * 2000 who withdrew, the duplicates and the people who left, applications to be processed before
 * June 2025), a claim already decided, a person who has not applied, and a person no country
 * recognises (P6's draft statelessness law; P19 on people of Lake Titicaca). Facts: the CEPR's
 * name (S6), the asylum-seeker card's name (S27, S39; nothing says when or whether it is issued).
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Venezuelan asylum seeker still waiting, who told the CEPR she still wants asylum',
    situation: { nationality: 'venezuelan', document: 'asylum-seeker card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P6', 'S6', 'S27', 'S39'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['asylum-card'], needs: ['asylum'] } },
      { flow: 'asylum', answers: { applied: ['yes'], asked: ['still-want'] } },
    ],
    outcome: 'keep-waiting',
    says: {
      // P5 calls the TB/HIV measure temporary (audit AS-N2).
      es: ['junio de 2025', 'Comisión Especial para los Refugiados (CEPR)', 'si te lo dieron', 'Una página informativa dice', 'es una medida temporal'],
      en: ['June 2025', 'Special Commission for Refugees (CEPR)', 'if they gave you one', 'An information site says', 'short-term measure'],
    },
    // No source says when the card is issued (audit A1).
    never: { es: ['Te lo dan cuando pides refugio'], en: ['You get it when you ask for asylum'] },
  },
  {
    who: 'an asylum seeker the CEPR never asked to confirm her claim',
    situation: { nationality: 'venezuelan', document: 'asylum-seeker card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P6', 'S6'],
    route: [{ flow: 'asylum', answers: { applied: ['yes'], asked: ['not-asked'] } }],
    outcome: 'check-active',
    says: {
      es: ['archivó el 23 %', 'personas vulnerables', 'sigue activa'],
      en: ['archived (filed away) 23%', 'vulnerable people first', 'still open'],
    },
    never: { es: ['Te lo dan cuando pides refugio'], en: ['put people at risk first', 'closed 23%'] },
  },
  {
    who: 'an asylum seeker whose claim the CEPR has already answered',
    situation: { nationality: 'venezuelan', document: 'asylum-seeker card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P6', 'S6', 'S14', 'S76'],
    route: [{ flow: 'asylum', answers: { applied: ['answered'] } }],
    outcome: 'answered',
    says: {
      es: ['pregunta en Migraciones', 'No sabemos qué documento recibe una persona refugiada', 'cómo comunicarte con ella'],
      en: ['ask Migraciones', 'We do not know which document a refugee gets', 'how to reach it'],
    },
    never: { es: ['sigue activa'], en: ['still open'] },
  },
  {
    who: 'a Venezuelan whose asylum claim the CEPR refused, who disagrees with the answer',
    situation: { nationality: 'venezuelan', document: 'asylum-seeker card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P6', 'S6'],
    route: [{ flow: 'asylum', answers: { applied: ['answered'] } }],
    outcome: 'answered',
    // No source says how to challenge a refusal or by when: ask the CEPR soon, and say it (audit AS-N1).
    says: {
      es: ['Si te negaron el refugio', 'cuanto antes', 'ni sobre el plazo'],
      en: ['If your claim was refused', 'as soon as you can', 'or on the deadline'],
    },
    never: { es: ['tienes 3 días', 'tienes 15 días'], en: ['you have 3 days', 'you have 15 days'] },
  },
  {
    who: 'a mother answering for her family, who does not know if the CEPR asked them to confirm',
    situation: { nationality: 'venezuelan', document: 'asylum-seeker card', now: 'in Peru', age: 'adult', asking: 'relative' },
    sources: ['P6'],
    route: [{ flow: 'asylum', answers: { applied: ['yes'], asked: ['not-sure'] } }],
    outcome: 'check-active',
    says: { es: ['díselo a la CEPR'], en: ['tell the CEPR'] },
  },
  {
    who: 'a person who withdrew her asylum claim and needs another way to stay',
    situation: { nationality: 'venezuelan', document: 'expired CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P6', 'S85', 'S10', 'S14'],
    route: [{ flow: 'asylum', answers: { applied: ['yes'], asked: ['withdrew'] } }],
    outcome: 'withdrew',
    says: {
      es: ['casi 2000', 'cerró el 10 de noviembre de 2023', 'vencieron el 4 de diciembre de 2023'],
      en: ['almost 2000', '10 November 2023', '4 December 2023'],
    },
    never: { en: ['2,000'] },
  },
  {
    who: 'a Venezuelan with only a passport who has not asked for asylum yet',
    situation: { nationality: 'venezuelan', document: 'passport only', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P6', 'S6', 'S27', 'S39'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['passport'], needs: ['asylum'] } },
      { flow: 'asylum', answers: { applied: ['no'] } },
    ],
    outcome: 'not-applied',
    says: {
      es: ['Comisión Especial para los Refugiados (CEPR)', 'una sola vez', 'carné de solicitante de refugio'],
      en: ['Special Commission for Refugees (CEPR)', 'only once', 'carné de solicitante de refugio'],
    },
    never: { en: ['the card you get when you ask for asylum'] },
  },
  {
    who: 'a person from Lake Titicaca whom neither Peru nor Bolivia recognises as a citizen',
    situation: { nationality: 'other-foreign', document: 'none', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P6', 'P19'],
    route: [{ flow: 'asylum', answers: { applied: ['no-nationality'] } }],
    outcome: 'stateless',
    says: { es: ['apatridia', 'lago Titicaca', 'No sabemos si esa ley ya se aprobó'], en: ['statelessness', 'Lake Titicaca', 'We do not know if that law has been passed'] },
  },
];
