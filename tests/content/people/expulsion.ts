/**
 * Facing an expulsion: the people the record and the facts file describe around the PASEE (the
 * special expulsion procedure, DL 1582: S40, S41, S42). The Government said the police may hold a
 * person up to 12 hours and that due process applies (P26); a Committee member was concerned that a
 * challenge does not suspend the expulsion and asked about due process and lawyers (P8, P9, P12), and
 * asked why clandestine or illegal re-entry was made a crime punishable by prison (P13), to which the
 * Government answered that no one was in prison for it (P31). The Defensoría del Pueblo's line is
 * known only from its 2007–2013 publications, and no source says what it does in these cases (S68):
 * people may call and ask, with that date, and are never promised its advice.
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Venezuelan held by the police right now under the special expulsion procedure',
    situation: { nationality: 'venezuelan', document: 'none', now: 'held by the police', age: 'adult', asking: 'self' },
    sources: ['P26', 'P8', 'P9', 'S41', 'S42', 'S68'],
    route: [{ flow: 'expulsion', answers: { situation: ['held'] } }],
    outcome: 'held-now',
    says: {
      es: ['hasta 12 horas', 'Pide hablar con un abogado', 'preguntar si te puede orientar', 'publicaciones de 2007 a 2013', 'la expulsión no se suspende', '0800-15170'],
      en: ['up to 12 hours', 'Ask to speak to a lawyer', 'ask if they can advise you', '2007 to 2013', 'does not put the expulsion on hold', '0800-15170'],
    },
    never: { es: ['la Defensoría del Pueblo te pueden orientar'], en: ['So can the Ombudsman'] },
    urgent: false,
  },
  {
    who: 'the wife of a man the police are holding, answering for him',
    situation: { nationality: 'venezuelan', document: 'expired CPP', now: 'held by the police', age: 'adult', asking: 'relative' },
    sources: ['P26', 'S41', 'S42', 'S68'],
    route: [{ flow: 'expulsion', answers: { situation: ['held'] } }],
    outcome: 'held-now',
    says: {
      es: ['Si eres familiar de la persona detenida', 'búscale un abogado', 'preguntar si la puede orientar', 'publicaciones de 2007 a 2013', '3 días hábiles'],
      en: ['If you are a relative of the person being held', 'look for a lawyer for them', 'ask if they can advise them', '2007 to 2013', '3 working days'],
    },
    never: { es: ['la Defensoría del Pueblo te pueden orientar'], en: ['So can the Ombudsman'] },
  },
  {
    who: 'a person handed an expulsion decision, who has 3 working days to ask for a review',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S41', 'S42', 'P8', 'P13', 'P31', 'S68'],
    route: [{ flow: 'expulsion', answers: { situation: ['notice'] } }],
    outcome: 'got-notice',
    says: {
      es: ['3 días hábiles', 'recurso de reconsideración', 'la expulsión no se suspende', 'preguntar si te puede orientar', 'de forma clandestina o ilegal', 'nadie estaba preso por eso'],
      en: ['3 working days', 'recurso de reconsideración', 'does not put the expulsion on hold', 'ask if they can advise you', 'secretly or illegally', 'no one was in prison for it'],
    },
    never: { es: ['reclamar contra la orden de expulsión no la detiene'], en: ['So can the Ombudsman'] },
  },
  {
    who: 'a caseworker at a migrants’ help desk who wants to know the rights in a PASEE',
    situation: { now: 'in Peru', asking: 'caseworker' },
    sources: ['S40', 'S41', 'S42', 'P26', 'P9', 'P12', 'P13', 'P31'],
    route: [{ flow: 'expulsion', answers: { situation: ['rights'] } }],
    outcome: 'know-rights',
    says: {
      es: ['Decreto Legislativo 1582', '(PASEE)', 'El debido proceso es el conjunto de reglas', 'autoridades distintas', 'de forma clandestina o ilegal', 'ni con condena ni en prisión preventiva', 'No dijo que haya dejado de ser delito'],
      en: ['Legislative Decree 1582', 'PASEE', 'Due process is the set of rules', 'a different one decides', 'secretly or illegally', 'either serving a sentence or waiting for trial', 'It did not say that it is no longer a crime'],
    },
    never: { es: ['El debido proceso son las reglas'] },
  },
  {
    who: 'a Venezuelan who was expelled and is thinking of coming back to Peru',
    situation: { nationality: 'venezuelan', document: 'passport', now: 'abroad', age: 'adult', asking: 'self' },
    sources: ['P13', 'P31', 'P25', 'S14', 'S76'],
    route: [{ flow: 'expulsion', answers: { situation: ['came-back'] } }],
    outcome: 'after-expulsion',
    says: {
      es: [
        'Si te expulsaron: antes de volver',
        'No tenemos una fuente confirmada',
        'pregunta en Migraciones si puedes volver a entrar',
        'de forma clandestina o ilegal',
        'en diciembre de 2024 que en ese momento nadie estaba preso por eso',
        'No dijo que haya dejado de ser delito',
        'pasaporte y visa',
        'Si está vencido, pregunta en Migraciones si te sirve para entrar',
        'los números de teléfono de esta página son del Perú',
      ],
      en: [
        'If you were expelled: before you come back',
        'We have no confirmed source',
        'ask Migraciones whether you can come back in',
        'secretly or illegally',
        'in December 2024 that at that time no one was in prison for it',
        'It did not say that it is no longer a crime',
        'a passport and a visa',
        'If it has expired, ask Migraciones whether you can enter with it',
        'the phone numbers on this page are Peruvian numbers',
      ],
    },
    never: { es: ['El Gobierno respondió que nadie', 'Tu pasaporte, aunque esté vencido'], en: ['The Government answered that no one', 'Your passport, even if it has expired'] },
  },
  {
    who: 'a Venezuelan who overstayed after entering through a check, sent on from the residency guide to learn his rights',
    situation: { nationality: 'venezuelan', document: 'none', entry: 'through a Migraciones check, before 15 June 2019', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P25', 'S13', 'S15', 'P26', 'P13', 'P31'],
    route: [
      { flow: 'residency', answers: { need: ['status'], document: ['none'], entry: ['yes'], stay: ['no'] } },
      { flow: 'expulsion', answers: { situation: ['rights'] } },
    ],
    outcome: 'know-rights',
    says: {
      es: ['hasta 12 horas', 'preguntar si te puede orientar', 'de forma clandestina o ilegal'],
      en: ['up to 12 hours', 'ask if they can advise you', 'secretly or illegally'],
    },
  },
];
