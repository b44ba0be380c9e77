/**
 * Discrimination and racism: the people the record and the facts file describe. The Ministry of
 * Culture's service against racial and ethnic discrimination gives free legal assistance to victims
 * and runs "Alerta contra el Racismo" (P28; free line 1817, S48, S49); foreigners, more than a
 * quarter of them Venezuelan, were among the cases (P28); a Committee member said officials had
 * reinforced stereotypes of Venezuelans "despite evidence to the contrary" (P8); and schools run
 * awareness programmes for migrant pupils' integration, as the Government told the UN (P5).
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Venezuelan insulted on the bus for her accent who wants to report it',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P28', 'S48', 'S49', 'P8'],
    route: [{ flow: 'discrimination', answers: { what: ['origin'], want: ['report'] } }],
    outcome: 'origin-report',
    says: {
      es: ['1817', 'ayuda legal gratis', 'No tenemos confirmado si atiende casos solo por ser de otro país', 'No tenemos confirmado cómo pedirla: pregunta por ella cuando llames al 1817', 'las relacionaron con más delitos', 'aunque, según él, las pruebas muestran lo contrario'],
      en: ['1817', 'free legal help', 'We have not confirmed that', 'We have not confirmed how to ask for it', 'reinforced negative stereotypes of Venezuelans', 'linking them with a rise in crime', 'although, he said, the evidence shows otherwise'],
    },
    never: { es: ['Pero las pruebas dicen lo contrario', 'Pídela cuando llames al 1817'], en: ['But the evidence shows otherwise', 'made negative ideas'] },
    urgent: false,
  },
  {
    who: 'a Venezuelan turned away from a shop for being Venezuelan, not sure yet what to do',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P28', 'S48'],
    route: [{ flow: 'discrimination', answers: { what: ['origin'], want: ['not-sure'] } }],
    outcome: 'origin-report',
    says: { es: ['1817', 'ayuda legal gratis', 'xenofobia'], en: ['1817', 'free legal help', 'xenophobia'] },
  },
  {
    who: 'a Venezuelan mother whose son is bullied at school for being Venezuelan',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'child', asking: 'relative' },
    sources: ['P5', 'P28', 'S48', 'S80c'],
    route: [{ flow: 'discrimination', answers: { what: ['school'] } }],
    outcome: 'at-school',
    says: {
      es: ['promueve en los colegios programas de sensibilización', 'estudiantes migrantes', 'No sabemos qué colegios los tienen', 'pregunta en el colegio de tu hijo o hija', '1817', 'Línea 100', 'No tenemos confirmado cómo se llaman esos programas'],
      en: ['promotes awareness programmes in schools', 'migrant pupils', "We don't know which schools have them", "ask your child's school", '1817', 'Línea 100', 'We have not confirmed what these programmes are called'],
    },
    never: { es: ['en los colegios hay programas'], en: ['schools run programmes'] },
  },
  {
    who: 'a Venezuelan 14-year-old mocked at school for her skin colour, answering for herself',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'child', asking: 'self' },
    sources: ['P5', 'P28'],
    route: [{ flow: 'discrimination', answers: { what: ['school'] } }],
    outcome: 'at-school',
    says: {
      es: ['persona adulta de confianza', 'Si tú o tu hijo o hija están en peligro', '105', 'ayuda legal gratis'],
      en: ['an adult you trust', 'If you or your child are in danger', '105', 'free legal help'],
    },
  },
  {
    who: 'an Afro-Peruvian returnee insulted for his skin colour who wants to report it',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P28', 'S48', 'S49'],
    route: [{ flow: 'discrimination', answers: { what: ['skin'], want: ['report'] } }],
    outcome: 'report-racism',
    says: { es: ['1817', 'gratis', 'Perú sin Racismo'], en: ['1817', 'free', 'Perú sin Racismo'] },
  },
  {
    who: 'a Venezuelan insulted for being foreign who wants a lawyer',
    situation: { nationality: 'venezuelan', document: 'foreigner’s card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P28', 'P8'],
    route: [{ flow: 'discrimination', answers: { what: ['origin'], want: ['legal'] } }],
    outcome: 'legal-help',
    says: { es: ['ayuda legal gratis', 'según él'], en: ['free legal help', 'he said'] },
    never: { es: ['Pero las pruebas dicen lo contrario'], en: ['But the evidence shows otherwise', 'made negative ideas'] },
  },
  {
    who: 'a Venezuelan threatened by neighbours who is afraid',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S65a', 'S48'],
    route: [{ flow: 'discrimination', answers: { what: ['danger'] } }],
    outcome: 'in-danger',
    says: { es: ['105', '1817'], en: ['105', '1817'] },
    urgent: true,
  },
  {
    who: 'a caseworker answering for a Haitian worker treated badly at work',
    situation: { nationality: 'other-foreign', document: 'foreigner’s card', now: 'in Peru', age: 'adult', asking: 'caseworker' },
    sources: ['S56', 'P28', 'P8'],
    route: [{ flow: 'discrimination', answers: { what: ['work'] } }],
    outcome: 'at-work',
    says: { es: ['Servicio de Orientación al Migrante', '1817', 'según él'], en: ['Migrant Guidance Service', '1817', 'he said'] },
    never: { es: ['Pero las pruebas dicen lo contrario'], en: ['But the evidence shows otherwise', 'made negative ideas'] },
  },
];
