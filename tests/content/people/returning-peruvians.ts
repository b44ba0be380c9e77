/**
 * Returning Peruvians (P29: the returning migrant law asks for 3 years abroad in a row, or 2 when the
 * return was forced; P4: the offices that help returnees; P15: a Committee member asked whether
 * Act 30001 is still applied). Some come through "Where do I start?", which must not ask them about
 * a foreigner's documents.
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Peruvian back from Argentina after 5 years, through “Where do I start?”, asking about benefits',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P29', 'P4'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['returning'], 'returning-needs': ['benefits'] } },
      { flow: 'returning-peruvians', answers: { 'years-abroad': ['three-or-more'] } },
    ],
    outcome: 'meets-time',
    says: { es: ['3 años seguidos', 'Ley 30001'], en: ['3 years in a row', 'Act 30001'] },
    notAsked: ['document', 'needs'],
  },
  {
    who: 'a Peruvian who had to come back after 2 and a half years in Chile',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P29'],
    route: [{ flow: 'returning-peruvians', answers: { 'years-abroad': ['two-to-three'], 'why-return': ['had-to'] } }],
    outcome: 'meets-time-forced',
    says: { es: ['2 años seguidos'], en: ['2 years in a row'] },
  },
  {
    who: 'a Peruvian who chose to come back after 2 and a half years',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P29'],
    route: [{ flow: 'returning-peruvians', answers: { 'years-abroad': ['two-to-three'], 'why-return': ['chose'] } }],
    outcome: 'below-time',
    says: { es: ['3 años seguidos', 'orientación gratis sobre trabajo'], en: ['3 years in a row', 'free advice about work'] },
  },
  {
    who: 'a Peruvian who is not sure whether her return counts as forced',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P29'],
    route: [{ flow: 'returning-peruvians', answers: { 'years-abroad': ['two-to-three'], 'why-return': ['not-sure'] } }],
    outcome: 'depends-forced',
    says: { es: ['forzado'], en: ['forced'] },
  },
  {
    who: 'a Peruvian back after 1 year abroad',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P29'],
    route: [{ flow: 'returning-peruvians', answers: { 'years-abroad': ['under-two'] } }],
    outcome: 'below-time',
    says: { es: ['no llegas al mínimo'], en: ['do not reach the minimum'] },
    never: { es: ['Sí, cumples'], en: ['Yes, you meet'] },
  },
  {
    who: 'a relative asking for a Peruvian who lived abroad on and off and cannot count the years',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'relative' },
    sources: ['P29'],
    route: [{ flow: 'returning-peruvians', answers: { 'years-abroad': ['not-sure'] } }],
    outcome: 'count-time',
    says: { es: ['3 años seguidos', '2 años si el regreso fue forzado'], en: ['3 years in a row', '2 years if the return was forced'] },
  },
  {
    who: 'a Peruvian living in the United States who plans to come back',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'abroad', age: 'adult', asking: 'self' },
    sources: ['P34', 'P29'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['abroad'] } },
      { flow: 'returning-peruvians', answers: { 'years-abroad': ['three-or-more'] } },
    ],
    outcome: 'meets-time',
    says: { es: ['consulados'], en: ['consulates'] },
    notAsked: ['document'],
  },
];
