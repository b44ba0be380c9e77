/**
 * Mental health: open to everyone whatever their migration status (P30), a Committee member's
 * question on care for migrant workers and their families (P13). Facts: Línea 113 option 5, free,
 * 24 hours, for Peruvians and foreigners (S64a), which listens and refers (S64d, S69b); in a crisis,
 * the nearest health facility or emergency services (S64c, 106 S65b, 105 S65a); community mental
 * health centres, free with the SIS (S69b), also for people without insurance (S69c). Returning
 * Peruvians are sent here by where-to-start.
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Venezuelan without papers whose brother is thinking of harming himself right now',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in Peru', age: 'adult', asking: 'relative' },
    sources: ['P30', 'S64c', 'S65b', 'S65a'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['none'], needs: ['mental'] } },
      { flow: 'mental-health', answers: { danger: ['yes'] } },
    ],
    outcome: 'crisis',
    says: { es: ['establecimiento de salud más cercano', '106', '105', 'opción 5'], en: ['nearest health facility', '106', '105', 'press 5'] },
    urgent: true,
  },
  {
    who: 'a Venezuelan without papers who wants to talk to someone tonight',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S64a', 'S64d', 'P30'],
    route: [{ flow: 'mental-health', answers: { danger: ['no'], what: ['talk'] } }],
    outcome: 'talk-now',
    says: { es: ['opción 5', 'para peruanos y extranjeros', 'las 24 horas'], en: ['option 5', 'for Peruvians and for people from other countries', '24 hours'] },
    urgent: false,
  },
  {
    who: 'a Venezuelan woman with the SIS who wants regular sessions',
    situation: { nationality: 'venezuelan', document: 'CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S69a', 'S69b', 'S64d'],
    route: [{ flow: 'mental-health', answers: { danger: ['no'], what: ['care'], insured: ['yes'] } }],
    outcome: 'care-sis',
    // Option 5 refers people on; no source says it hands out CSMC addresses (audit MH1).
    says: { es: ['la atención es gratis', 'a dónde puedes ir'], en: ['care is free', 'where you can go'] },
  },
  {
    who: 'a Peruvian back from abroad, with depression and no SIS, who wants care in person',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru, back from abroad', age: 'adult', asking: 'self' },
    sources: ['P30', 'S69c', 'S69b'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['returning'], 'returning-needs': ['mental'] } },
      { flow: 'mental-health', answers: { danger: ['no'], what: ['care'], insured: ['no'] } },
    ],
    outcome: 'care-no-sis',
    says: { es: ['aunque no tengas SIS', 'personas sin seguro', 'si no tienes seguro'], en: ['even without SIS', 'people with no insurance', 'if you have no insurance'] },
    never: { es: ['persona migrante sin seguro'], en: ['a migrant with no insurance'] },
  },
  {
    who: 'a mother looking for care for her teenage son, not sure whether he has the SIS',
    situation: { nationality: 'venezuelan', document: 'passport only', now: 'in Peru', age: 'child', asking: 'relative' },
    sources: ['P30', 'P13', 'S69c', 'S64b'],
    route: [{ flow: 'mental-health', answers: { danger: ['no'], what: ['care'], insured: ['not-sure'] } }],
    outcome: 'care-no-sis',
    says: { es: ['opción 4', 'trabajadores migrantes y sus familias'], en: ['option 4', 'migrant workers and their families'] },
  },
];
