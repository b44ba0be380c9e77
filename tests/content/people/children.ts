/**
 * Children: P4 (25 special protection units, UPE, free, giving priority to unaccompanied children and
 * those at high risk of being so; almost 7500 migrant children served in 2018–2024). Facts: the UPEs
 * of the MIMP (S20) and their 2023 protocol for refugee and migrant children (S21); no direct UPE
 * number; Línea 100 also for violence against children, and many callers are minors (S80c); 105
 * (S65a). where-to-start sends here a person under 18 in danger and a parent of a child in danger.
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a 15-year-old Venezuelan boy in danger, answering for himself',
    situation: { nationality: 'venezuelan', document: 'passport only', now: 'in Peru', age: 'child', asking: 'self' },
    sources: ['P4', 'S65a', 'S80c'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['passport'], needs: ['safety'], danger: ['child'] } },
      { flow: 'children', answers: { who: ['me'], 'my-situation': ['danger'] } },
    ],
    outcome: 'danger-now',
    // The step speaks to him, too, without sending him to say someone else is alone (audit CH-N1).
    says: {
      es: ['105', 'o si eres tú quien está sin tu familia', 'o que tú estás solo o sola', 'Línea 100'],
      en: ['105', 'or if you are the one without your family', 'or that you are alone', 'Línea 100'],
    },
    never: { es: ['cuenta ahí que está solo'], en: ['Tell them the child is alone'] },
    urgent: true,
  },
  {
    who: 'a Venezuelan father whose daughter is in danger now',
    situation: { nationality: 'venezuelan', document: 'CPP', now: 'in Peru', age: 'child', asking: 'relative' },
    sources: ['P4', 'S65a'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['permit'], needs: ['safety'], danger: ['child'] } },
      { flow: 'children', answers: { who: ['other'], situation: ['danger'] } },
    ],
    outcome: 'danger-now',
    says: { es: ['105', 'Unidades de Protección Especial (UPE)'], en: ['105', 'special protection units (Unidades de Protección Especial, UPE)'] },
    urgent: true,
  },
  {
    who: 'a caseworker who meets a Venezuelan child travelling alone',
    situation: { nationality: 'venezuelan', document: 'none', entry: 'without a check', now: 'in Peru', age: 'child', asking: 'caseworker' },
    sources: ['P4', 'S20', 'S21', 'S80c'],
    route: [{ flow: 'children', answers: { who: ['other'], situation: ['alone'] } }],
    outcome: 'child-alone',
    says: {
      es: ['Unidad de Protección Especial (UPE)', 'Hay 25', 'Línea 100', 'protocolo de 2023', 'No tenemos un número de teléfono directo'],
      en: ['special protection unit (UPE)', 'There are 25', 'Línea 100', 'from 2023', 'no confirmed direct phone number'],
    },
    never: { en: ['put first the quick protection'] },
  },
  {
    who: 'a neighbour of a child whose mother may soon be expelled, leaving the child with no adult',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in Peru', age: 'child', asking: 'relative' },
    sources: ['P4', 'S20'],
    route: [{ flow: 'children', answers: { who: ['other'], situation: ['alone'] } }],
    outcome: 'child-alone',
    says: { es: ['pueden quedarse solos', 'gratis'], en: ['may soon be alone', 'free'] },
  },
  {
    who: 'a 16-year-old Venezuelan girl alone in Peru, answering for herself',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in Peru', age: 'child', asking: 'self' },
    sources: ['P4', 'S20', 'S21', 'S80c'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['none'], needs: ['children'] } },
      { flow: 'children', answers: { who: ['me'], 'my-situation': ['alone'] } },
    ],
    outcome: 'teen-alone',
    says: {
      es: ['Unidades de Protección Especial', 'Línea 100', 'gratis', 'protocolo de 2023'],
      en: ['special protection units', 'Línea 100', 'free', 'from 2023'],
    },
  },
  {
    who: 'a 14-year-old someone at home is hurting',
    situation: { nationality: 'venezuelan', document: 'passport only', now: 'in Peru', age: 'child', asking: 'self' },
    sources: ['S80c', 'P4'],
    route: [{ flow: 'children', answers: { who: ['me'], 'my-situation': ['hurt'] } }],
    outcome: 'teen-hurt',
    says: { es: ['Línea 100', '1 de cada 4', 'Unidades de Protección Especial (UPE)'], en: ['Línea 100', '1 in 4', 'special protection units (UPE)'] },
  },
  {
    who: 'a teacher who sees that a pupil is being hurt',
    situation: { nationality: 'venezuelan', now: 'in Peru', age: 'child', asking: 'caseworker' },
    sources: ['S80c', 'S80b', 'P4'],
    route: [{ flow: 'children', answers: { who: ['other'], situation: ['violence'] } }],
    outcome: 'child-violence',
    says: { es: ['Línea 100', 'menores de edad'], en: ['Línea 100', 'under 18'] },
  },
];
