/**
 * Guidance for migrants and returning Peruvians: the Government's "offices of the Migrant Support
 * Centre" (P4; no confirmed Spanish name, so none is given) and the confirmed channels: Migraciones
 * (S14, S67, S76; Migracentros with CEDRO, S75, an undated item), the SOM for foreigners and
 * returnees (S56), SUNAFIL (S51; channels from 2020, S52) and the CUL, free for all Peruvians and
 * for migrants with legal status (P38). Migraciones made "guidelines" on other documents (P22).
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Venezuelan in Lima whose CPP ran out and who needs her migration papers',
    situation: { nationality: 'venezuelan', document: 'expired CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P4', 'P22', 'S14', 'S67', 'S75', 'S85', 'S10'],
    route: [{ flow: 'support-centre', answers: { who: ['foreigner'], 'need-foreigner': ['papers'] } }],
    outcome: 'migration-procedures',
    says: {
      es: ['gob.pe/migraciones', 'Av. España 734', 'Según una nota de Andina sin fecha, Migraciones y CEDRO', 'cerró el 10 de noviembre de 2023', 'pautas'],
      en: ['gob.pe/migraciones', 'Av. España 734', 'An undated Andina news item says Migraciones and CEDRO', 'closed on 10 November 2023', 'guidelines'],
    },
    never: { es: ['Migraciones también tiene Migracentros'], en: ['made rules'] },
  },
  {
    who: 'a Venezuelan with a CPP who wants to know his rights at work and whether he can report his employer',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S56', 'S51', 'S52', 'P22', 'P38'],
    route: [{ flow: 'support-centre', answers: { who: ['foreigner'], 'need-foreigner': ['work'] } }],
    outcome: 'work-foreigner',
    says: {
      es: ['Servicio de Orientación al Migrante', 'gob.pe/sunafil', 'Estos datos son de 2020', 'papeles vigentes para denunciar', 'situación migratoria regular'],
      en: ['Migrant Guidance Service', 'gob.pe/sunafil', 'This is from 2020', 'valid papers to report', 'legal status'],
    },
    never: { en: ['made rules'] },
  },
  {
    who: 'a Peruvian back from Spain who looks for work',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S56', 'P38', 'P29', 'S52'],
    route: [{ flow: 'support-centre', answers: { who: ['returning'], 'need-returning': ['work'] } }],
    outcome: 'work-returning',
    says: {
      es: ['peruanos que vuelven', 'gratis para todas las personas peruanas', 'Estos datos son de 2020', 'Ley N° 31827'],
      en: ['Peruvians who come back', 'free for all Peruvians', 'This is from 2020', 'Law No. 31827'],
    },
    never: { es: ['situación migratoria regular'], en: ['legal status'] },
  },
  {
    who: 'a Peruvian back from Chile who needs a new passport',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S75', 'S14', 'S76'],
    route: [{ flow: 'support-centre', answers: { who: ['returning'], 'need-returning': ['papers'] } }],
    outcome: 'return-procedures',
    says: {
      es: ['pasaporte', 'entidad del Estado que se encarga', 'Según una nota de Andina sin fecha, los Migracentros también ayudan', 'Pregunta si siguen atendiendo'],
      en: ['passport', 'Migraciones is the state office that deals with migration papers', 'A news item from Andina, with no date, says Migracentros also help', 'Ask if they are still open'],
    },
    never: { es: ['migración. Los Migracentros también ayudan'], en: ['It is the state office that deals with these papers'] },
  },
  {
    who: 'a caseworker answering for a Venezuelan family who do not know what they need',
    situation: { nationality: 'venezuelan', document: 'passport only', now: 'in Peru', age: 'adult', asking: 'caseworker' },
    sources: ['P4', 'S14', 'S56'],
    route: [{ flow: 'support-centre', answers: { who: ['foreigner'], 'need-foreigner': ['other'] } }],
    outcome: 'other-help',
    says: { es: ['peruanos retornados que mencionó el Gobierno', 'gob.pe/migraciones'], en: ['Government spoke of', 'gob.pe/migraciones'] },
  },
  {
    who: 'a returning Peruvian sent on from «Where do I start?» who needs something else',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P4', 'S56'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['returning'], 'returning-needs': ['other'] } },
      { flow: 'support-centre', answers: { who: ['returning'], 'need-returning': ['other'] } },
    ],
    outcome: 'other-help',
    says: {
      es: ['Estos canales oficiales sí están confirmados', 'Para papeles y trámites de migración'],
      en: ['these official channels are confirmed', 'For papers and migration procedures'],
    },
    never: { en: ['For papers to stay in Peru'] },
  },
];
