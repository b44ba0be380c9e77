/**
 * Banks and accounts: the people the record and the facts file describe. In 2020 the SBS urged
 * financial entities to accept the PTP or CPP, the carné de extranjería, the carné de solicitante
 * de refugio and the constancia de trámite (S39, a secondary source); Migraciones made guidelines so
 * that documents other than the carné are recognised (P22); a press article on the "Guía práctica"
 * says regularized foreigners can use transfer apps, pay less for remittances and get credit (S36);
 * the SBS proposed in Dec 2024 basic accounts with a cédula or passport, adoption unknown (S38);
 * and the Government created the Advisory Committee, which gathers which IDs banks accept (P24).
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Venezuelan with a valid CPP whose bank refused to open an account with it',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S39', 'P22', 'P24', 'S35'],
    route: [{ flow: 'financial-inclusion', answers: { document: ['cpp-ptp'], goal: ['refused'] } }],
    outcome: 'document-refused',
    says: {
      es: ['fuente secundaria', 'si aún no te dan el carné, la constancia de trámite', 'Si tu documento está vigente, puedes decirles', '13323-2020-SBS', 'pautas', 'No tenemos confirmado un canal para reclamar', 'sbs.gob.pe'],
      en: ['secondary source', 'if your card has not been issued yet', 'If your ID is still valid, you can tell them', '13323-2020-SBS', 'guidelines', 'We have not confirmed a way to complain', 'sbs.gob.pe'],
    },
    never: { es: ['solicitante de refugio y la constancia de trámite'], en: ['made rules'] },
  },
  {
    who: 'a Venezuelan with a CPP who wants to send money home',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S36', 'S39'],
    route: [{ flow: 'financial-inclusion', answers: { document: ['cpp-ptp'], goal: ['send'] } }],
    outcome: 'send-money',
    says: {
      es: ['Según una nota de prensa', 'Según esa nota de prensa, la guía busca', 'enviar dinero', 'carné de solicitante de refugio'],
      en: ['A press article', 'According to that press article, the guide aims', 'send money', 'asylum-seeker card'],
    },
    never: { es: ['La Guía práctica de Migraciones y la SBS dice', 'persona. La guía busca'], en: ['card for people who asked for refugee status', 'The guide wants'] },
  },
  {
    who: 'an asylum seeker with her card who wants a savings account',
    situation: { nationality: 'venezuelan', document: 'asylum-seeker card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S39', 'P22'],
    route: [{ flow: 'financial-inclusion', answers: { document: ['refugee'], goal: ['account'] } }],
    outcome: 'open-account',
    says: {
      es: ['puedes pedir que te abran una cuenta', 'carné de solicitante de refugio', 'aceptar estos papeles: el PTP o el CPP, el carné de extranjería', 'pautas', 'los 4 gremios empresariales más importantes del país recibieron capacitación'],
      en: ['open an account', 'asylum-seeker card', 'guidelines', 'the four main business groups in Peru got training in this area'],
    },
    never: { es: ['Son el PTP o el CPP y el carné de extranjería. También', 'capacitó en este tema'], en: ['made rules', 'card for people who asked for refugee status', 'got training on it'] },
  },
  {
    who: 'a Venezuelan with a foreigner’s card who needs a loan',
    situation: { nationality: 'venezuelan', document: 'foreigner’s card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S36', 'S39'],
    route: [{ flow: 'financial-inclusion', answers: { document: ['carne'], goal: ['loan'] } }],
    outcome: 'loan',
    says: {
      es: ['Según una nota de prensa', 'prestamistas informales', 'Según esa nota de prensa, la guía busca'],
      en: ['A press article', 'informal lenders', 'According to that press article, the guide aims'],
    },
    never: { es: ['La Guía práctica de Migraciones y la SBS dice', 'informales. La guía busca'], en: ['The guide wants'] },
  },
  {
    who: 'a mother answering for her 17-year-old son whose card is still in process',
    situation: { nationality: 'venezuelan', document: 'constancia de trámite', now: 'in Peru', age: 'child', asking: 'relative' },
    sources: ['S39'],
    route: [{ flow: 'financial-inclusion', answers: { document: ['in-process'], goal: ['account'] } }],
    outcome: 'open-account',
    says: { es: ['constancia de trámite'], en: ['constancia de trámite'] },
  },
  {
    who: 'a Venezuelan with only her cédula who wants an account',
    situation: { nationality: 'venezuelan', document: 'Venezuelan cédula only', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S38', 'S85'],
    route: [{ flow: 'financial-inclusion', answers: { document: ['passport-cedula'] } }],
    outcome: 'passport-only',
    says: { es: ['No sabemos si se aprobó', 'cerró el 10 de noviembre de 2023'], en: ["We don't know if it was adopted", 'closed on 10 November 2023'] },
  },
  {
    who: 'a Venezuelan with no document who uses a friend’s account',
    situation: { nationality: 'venezuelan', document: 'none', entry: 'without a Migraciones check', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S36', 'S85', 'S10'],
    route: [{ flow: 'financial-inclusion', answers: { document: ['none'] } }],
    outcome: 'no-document',
    says: {
      es: ['cuenta de otra persona', 'Según una nota de prensa, la guía de inclusión financiera busca', 'vencieron el 4 de diciembre de 2023', 'gob.pe/migraciones'],
      en: ["someone else's account", 'According to a press article, the financial guide aims', 'ran out on 4 December 2023', 'gob.pe/migraciones'],
    },
  },
];
