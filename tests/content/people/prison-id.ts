/**
 * Foreigners in prison and the foreigner's card: the Government said more than 1700 of about 5000
 * foreigners in prison got help to obtain the card, so they can use their rights and integrate when
 * released (P5). That is past help: nothing says it still runs, so each person is told to ask in the
 * prison. Migraciones handles foreigners' cards (S67); no prison contact is confirmed. Mental health
 * care is open to all whatever their status (P30).
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Venezuelan man in prison who has no valid document and asks about the card himself',
    situation: { nationality: 'venezuelan', document: 'expired passport', now: 'in prison', age: 'adult', asking: 'self' },
    sources: ['P5', 'S67', 'P30'],
    route: [{ flow: 'prison-id', answers: { who: ['in-prison'] } }],
    outcome: 'for-prisoner',
    says: {
      es: ['más de 1700', 'cerca de 5000', 'No sabemos si esta ayuda sigue hoy', 'Pregunta al personal del penal', 'la salud mental es para todas las personas'],
      en: ['more than 1700', 'about 5000', 'We do not know if this help is still given today', 'Ask the prison staff', 'mental health care is open to all'],
    },
    never: { en: ['1,700', '5,000'] },
  },
  {
    who: 'the sister of a Colombian man in prison, who wants to help him get his foreigner’s card',
    situation: { nationality: 'colombian', document: 'cédula', now: 'in prison', age: 'adult', asking: 'relative' },
    sources: ['P5', 'S67'],
    route: [{ flow: 'prison-id', answers: { who: ['family'] } }],
    outcome: 'for-helper',
    says: {
      es: ['Habla primero con la persona presa', 'No sabemos si esta ayuda sigue hoy', 'Migraciones hace los trámites de los carnés para extranjeros'],
      en: ['First talk to the person in prison', 'We do not know if this help is still given today', 'Migraciones deals with ID cards for foreigners'],
    },
  },
  {
    who: 'a friend of a Venezuelan woman in prison, who can only bring copies of her papers',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in prison', age: 'adult', asking: 'relative' },
    sources: ['P5'],
    route: [{ flow: 'prison-id', answers: { who: ['family'] } }],
    outcome: 'for-helper',
    says: {
      es: ['Copias de los papeles de identidad de la persona', 'aunque estén vencidos'],
      en: ["Copies of the person's ID papers", 'even if they have run out'],
    },
  },
  {
    who: 'a caseworker at a help desk who asks for a client in prison',
    situation: { now: 'in prison', asking: 'caseworker' },
    sources: ['P5', 'S67'],
    route: [{ flow: 'prison-id', answers: { who: ['caseworker'] } }],
    outcome: 'for-helper',
    says: {
      es: ['5000', 'Rumbo no tiene un contacto confirmado de las cárceles', 'pregúntalo en el penal'],
      en: ['5000', 'Rumbo has no confirmed contact for the prisons', 'ask at the prison'],
    },
  },
];
