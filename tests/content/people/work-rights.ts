/**
 * Work and labour rights: the people the record and the facts file describe for this service. The
 * CUL is free "to all Peruvian nationals, as well as to migrants with legal status" (P38); the SOM
 * is free for foreigners living in Peru and for returning Peruvians (S56); SUNAFIL inspects work
 * (P35, S51; channels from 2020, S52); Bolivians in the border area are entitled to equal treatment
 * under Decision 545 (P35, S58); the Government described guidelines for employers (P3, P22, P23,
 * P37); and for trafficking it described a national policy, police tools and protocols, regional
 * units and a joint team with Ecuador (P33, S60), with no hotline confirmed: the police are 105 (S65a).
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Venezuelan with a valid CPP whose employer has not paid her wages',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S56', 'S51', 'S52', 'P18'],
    route: [{ flow: 'work-rights', answers: { need: ['problem'], problem: ['work-issue'] } }],
    outcome: 'work-problem',
    says: {
      es: ['Servicio de Orientación al Migrante', 'gratis', 'gob.pe/sunafil', 'son de 2020', 'tienen a su cargo proteger', 'independencia e imparcialidad'],
      en: ['Migrant Guidance Service', 'free', 'gob.pe/sunafil', 'from 2020', 'it is their job to protect', 'independence and impartiality'],
    },
    never: { es: ['deben proteger'], en: ['must protect', 'fairness'] },
    urgent: false,
  },
  {
    who: 'a Colombian cook whose boss threatens to hurt him',
    situation: { nationality: 'colombian', document: 'foreigner’s card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S65a', 'S56'],
    route: [{ flow: 'work-rights', answers: { need: ['problem'], problem: ['danger'] } }],
    outcome: 'work-danger',
    says: { es: ['105', 'Policía Nacional del Perú'], en: ['105', 'Peruvian National Police'] },
    urgent: true,
  },
  {
    who: 'a Venezuelan woman without papers, brought to Peru by a man who took her passport and makes her work, sent on from «Where do I start?»',
    situation: { nationality: 'venezuelan', document: 'none (passport taken)', entry: 'brought by the person who controls her', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P33', 'S60', 'S65a', 'S80b', 'S80c'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['none'], needs: ['safety', 'work'], danger: ['work'] } },
      { flow: 'work-rights', answers: { need: ['forced'] } },
    ],
    outcome: 'forced-work',
    says: {
      es: ['105', 'trata de personas', 'Política Nacional frente a la Trata de Personas y sus Formas de Explotación al 2030', 'No tenemos confirmada una línea ni una oficina solo para víctimas de trata', 'Línea 100', 'no encontramos una fuente que diga qué pasa con tu situación migratoria', 'llama igual al 105', 'No tenemos confirmado si el SOM pide papeles vigentes'],
      en: ['105', 'human trafficking', 'Política Nacional frente a la Trata de Personas y sus Formas de Explotación al 2030', 'We have not confirmed a phone line or an office just for victims of trafficking', 'Línea 100', 'we found no source that says what happens to your migration status', 'call 105 anyway', 'We have not confirmed whether the SOM asks for valid papers'],
    },
    // An adult: nothing recommended as "what can help you", so the flow's related guides stay on the page.
    recommends: [],
    urgent: true,
  },
  {
    who: 'a Venezuelan man on a farm whose employer keeps his documents and will not let him leave, who first says he has a problem at work',
    situation: { nationality: 'venezuelan', document: 'taken by the employer', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P33', 'P31', 'S65a'],
    route: [{ flow: 'work-rights', answers: { need: ['problem'], problem: ['forced'] } }],
    outcome: 'forced-work',
    says: {
      es: ['105', 'protocolos para identificar y apoyar a las víctimas de trata', '25 unidades regionales', 'equipo conjunto', 'Ecuador', '597'],
      en: ['105', 'identify and support victims of trafficking', '25 regional units', 'joint team', 'Ecuador', '597'],
    },
    recommends: [],
    urgent: true,
  },
  {
    who: 'a Bolivian who crosses the border to work in Puno and has no Peruvian migration papers',
    situation: { nationality: 'bolivian', document: 'Bolivian ID card only', entry: 'across the land border', now: 'in Peru, near the border', age: 'adult', asking: 'self' },
    sources: ['P35', 'S58', 'P38', 'P19'],
    route: [{ flow: 'work-rights', answers: { need: ['rights'], 'id-document': ['none'], bolivia: ['yes'] } }],
    outcome: 'rights-bolivia',
    says: {
      es: ['Decisión 545', 'zona de frontera', 'situación migratoria regular', 'Si tus papeles están en regla'],
      en: ['Decision 545', 'border area', 'legal status', 'If your papers are in order'],
    },
    never: { es: ['Para buscar trabajo, saca tu Certificado Único Laboral'], en: ['To look for work, get your standard labour certificate'] },
    recommends: ['residency'],
  },
  {
    who: 'a Bolivian with a foreigner’s card who works near the border',
    situation: { nationality: 'bolivian', document: 'foreigner’s card', now: 'in Peru, near the border', age: 'adult', asking: 'self' },
    sources: ['P35', 'S58'],
    route: [{ flow: 'work-rights', answers: { need: ['rights'], 'id-document': ['valid'], bolivia: ['yes'] } }],
    outcome: 'rights-bolivia',
    says: { es: ['Decisión 545', 'igualdad de trato'], en: ['Decision 545', 'equal treatment'] },
    recommends: [],
  },
  {
    who: 'a Peruvian who came back from Chile and looks for work: never asked about Migraciones papers',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P38', 'S53', 'S56', 'P29'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['returning'], 'returning-needs': ['work'] } },
      { flow: 'work-rights', answers: { need: ['rights'], 'id-document': ['dni'] } },
    ],
    outcome: 'rights-peruvian',
    says: {
      es: ['gratis para todas las personas peruanas', 'empleosperu.gob.pe', 'peruanos que regresan', 'Tu DNI'],
      en: ['free for all Peruvians', 'empleosperu.gob.pe', 'Peruvians who come back', 'Your DNI'],
    },
    never: { es: ['papeles de Migraciones'], en: ['Migraciones papers'] },
    notAsked: ['bolivia'],
    recommends: ['returning-peruvians'],
  },
  {
    who: 'a returning Peruvian who wants the labour certificate (CUL)',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P38', 'S53'],
    route: [{ flow: 'work-rights', answers: { need: ['certificate'], 'id-document': ['dni'] } }],
    outcome: 'cul-online',
    says: { es: ['gratis para todas las personas peruanas', 'Tu DNI', 'empleosperu.gob.pe'], en: ['free for all Peruvians', 'Your DNI', 'empleosperu.gob.pe'] },
    notAsked: ['bolivia'],
  },
  {
    who: 'a Venezuelan who entered without a migration check, has no document and looks for work',
    situation: { nationality: 'venezuelan', document: 'none', entry: 'without a Migraciones check', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P38', 'S56', 'S85', 'S10'],
    route: [{ flow: 'work-rights', answers: { need: ['rights'], 'id-document': ['none'], bolivia: ['no'] } }],
    outcome: 'rights-no-papers',
    says: {
      es: ['situación migratoria regular', 'es probable que todavía no puedas sacarlo', 'gob.pe/migraciones', 'cerró el 10 de noviembre de 2023', 'Servicio de Orientación al Migrante'],
      en: ['legal status', 'you probably cannot get it yet', 'gob.pe/migraciones', 'closed on 10 November 2023', 'Migrant Guidance Service'],
    },
    never: { es: ['saca tu Certificado Único Laboral'], en: ['get your standard labour certificate'] },
    recommends: ['residency'],
  },
  {
    who: 'a Venezuelan whose CPP ran out in 2023 and who wants the labour certificate',
    situation: { nationality: 'venezuelan', document: 'expired CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P38', 'S10', 'S85'],
    route: [{ flow: 'work-rights', answers: { need: ['certificate'], 'id-document': ['expired'] } }],
    outcome: 'cul-check',
    says: {
      es: ['El Gobierno dijo que el CUL es gratis para todas las personas peruanas y para las migrantes con situación migratoria regular', 'es probable que no puedas sacarlo', 'vencieron el 4 de diciembre de 2023'],
      en: ['The Government said the CUL is free for all Peruvians and for migrants with legal status', 'you probably cannot get it', 'ran out on 4 December 2023'],
    },
    recommends: ['residency'],
  },
  {
    who: 'a Venezuelan with a valid CPP who looks for work',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S56', 'P38', 'P22', 'P3'],
    route: [{ flow: 'work-rights', answers: { need: ['rights'], 'id-document': ['valid'], bolivia: ['no'] } }],
    outcome: 'rights-general',
    says: {
      es: ['Servicio de Orientación al Migrante', 'Si tus papeles están en regla, puedes sacar gratis tu Certificado Único Laboral', 'hizo pautas'],
      en: ['Migrant Guidance Service', 'If your papers are in order, you can get your standard labour certificate (CUL) for free', 'guidelines'],
    },
    never: { es: ['reglas'], en: ['rules'] },
  },
  {
    who: 'a caseworker answering for a Venezuelan with a valid CPP who needs the labour certificate',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'adult', asking: 'caseworker' },
    sources: ['P38', 'S53', 'P22'],
    route: [{ flow: 'work-rights', answers: { need: ['certificate'], 'id-document': ['valid'] } }],
    outcome: 'cul-online',
    says: { es: ['empleosperu.gob.pe', 'situación migratoria regular', 'hizo pautas'], en: ['empleosperu.gob.pe', 'legal status', 'guidelines'] },
    never: { es: ['reglas'], en: ['rules'] },
  },
  {
    who: 'a Lima employer who wants to hire a Venezuelan with a CPP',
    situation: { nationality: 'venezuelan', document: 'valid CPP (the worker’s)', now: 'in Peru', age: 'adult', asking: 'employer' },
    sources: ['P3', 'P22', 'P23', 'P37', 'P38'],
    route: [{ flow: 'work-rights', answers: { need: ['hire'] } }],
    outcome: 'hire-migrant',
    says: {
      es: ['situación migratoria regular', 'permite trabajar', 'Revisa que el documento esté vigente', 'hizo pautas para animar a las empresas', '18 de diciembre de 2024', 'hoja informativa para empleadores', 'gob.pe/migraciones', 'No encontramos el nombre oficial'],
      en: ['legal status', 'lets people work', 'Check that the document has not run out', 'guidelines to encourage firms', '18 December 2024', 'fact sheet for employers', 'gob.pe/migraciones', 'We did not find the official name'],
    },
    never: { es: ['guías'], en: ['two kinds of papers let people work'] },
  },
  {
    who: 'a caseworker answering for a Venezuelan waiter mocked at work for his accent',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'adult', asking: 'caseworker' },
    sources: ['S56', 'S48', 'P28'],
    route: [{ flow: 'work-rights', answers: { need: ['problem'], problem: ['unfair'] } }],
    outcome: 'work-discrimination',
    says: { es: ['1817', 'ayuda legal gratis'], en: ['1817', 'free legal help'] },
  },
  {
    who: 'a Venezuelan street vendor who wants to restart her own business',
    situation: { nationality: 'venezuelan', document: 'valid CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P36', 'S56'],
    route: [{ flow: 'work-rights', answers: { need: ['business'] } }],
    outcome: 'own-business',
    says: { es: ['COVID-19', '618', 'No sabemos si sigue abierto'], en: ['COVID-19', '618', "we don't know if it is still open"] },
  },
  {
    who: 'a Venezuelan who entered with his passport and a visa still in force and wants the labour certificate (CUL)',
    situation: { nationality: 'venezuelan', document: 'passport with a valid visa', entry: 'with passport and visa', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P25', 'P38', 'S53', 'S56'],
    route: [{ flow: 'work-rights', answers: { need: ['certificate'], 'id-document': ['other'] } }],
    outcome: 'cul-unsure',
    says: {
      es: ['gratis para las personas migrantes con situación migratoria regular', 'No tenemos confirmado qué documentos acepta la web', 'pasaporte con visa vigente', 'empleosperu.gob.pe', 'Servicio de Orientación al Migrante'],
      en: ['free for migrants with legal status', 'We have not confirmed which IDs the website takes', 'passport with a valid visa', 'empleosperu.gob.pe', 'Migrant Guidance Service'],
    },
    never: {
      es: ['es probable que no puedas sacarlo', 'cerró el 10 de noviembre de 2023'],
      en: ['you probably cannot get it', 'closed on 10 November 2023'],
    },
    recommends: [],
  },
  {
    who: 'a caseworker answering for a Venezuelan asylum seeker with her asylum-seeker card who needs the labour certificate',
    situation: { nationality: 'venezuelan', document: 'asylum-seeker card (carné de solicitante de refugio)', now: 'in Peru', age: 'adult', asking: 'caseworker' },
    sources: ['P38', 'P3', 'S53', 'S56'],
    route: [{ flow: 'work-rights', answers: { need: ['certificate'], 'id-document': ['other'] } }],
    outcome: 'cul-unsure',
    says: {
      es: ['carné de solicitante de refugio', 'No tenemos confirmado qué documentos acepta la web', 'gob.pe/migraciones'],
      en: ['asylum-seeker card', 'We have not confirmed which IDs the website takes', 'gob.pe/migraciones'],
    },
    never: { es: ['es probable que no puedas sacarlo'], en: ['you probably cannot get it'] },
    recommends: [],
  },
  {
    who: 'a Peruvian who has never lived abroad and looks for work',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P38', 'S53', 'S56'],
    route: [{ flow: 'work-rights', answers: { need: ['rights'], 'id-document': ['dni'] } }],
    outcome: 'rights-peruvian',
    says: {
      es: ['Sí, puedes sacar gratis tu CUL', 'gratis para todas las personas peruanas', 'Si volviste al Perú después de vivir en otro país, pide una cita en el SOM'],
      en: ['Yes, you can get your labour certificate for free', 'free for all Peruvians', 'If you came back to Peru after living abroad, book a meeting with the SOM'],
    },
    never: { es: ['y pedir orientación en el SOM'], en: ['and ask the SOM for advice'] },
    notAsked: ['bolivia'],
  },
  {
    who: 'a Venezuelan boy of 15 made to work on a farm by the man who brought him, helped by a neighbour who answers for him',
    situation: { nationality: 'venezuelan', document: 'none', entry: 'brought by the person who controls him', now: 'in Peru', age: 'child', asking: 'relative' },
    sources: ['P33', 'P4', 'S65a', 'S80b', 'S80c'],
    route: [{ flow: 'work-rights', answers: { need: ['forced'] } }],
    outcome: 'forced-work',
    says: {
      es: ['105', 'trata', 'si la víctima es una niña o un niño', 'Línea 100', 'Si la víctima tiene menos de 18 años, abre también la guía «Protección de niñas, niños y adolescentes»'],
      en: ['105', 'trafficking', 'if the victim is a child', 'Línea 100', 'If the victim is under 18, also open the guide "Protection for children and teenagers"'],
    },
    urgent: true,
  },
  {
    // The hint says "choose the first one on the list that you have": with «Ningún papel vigente»
    // above «Pasaporte con visa vigente, o todavía estoy dentro de mi tiempo de estadía…», a tourist
    // holding only her passport picked "none" and was told she probably cannot get the CUL.
    who: 'a Colombian who came in as a tourist through the Migraciones check two months ago, still within her stay, and wants the labour certificate (CUL)',
    situation: { nationality: 'colombian', document: 'passport, still within the stay given at entry', entry: 'through a Migraciones check', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P38', 'S53', 'S56', 'S14'],
    route: [{ flow: 'work-rights', answers: { need: ['certificate'], 'id-document': ['other'] } }],
    outcome: 'cul-unsure',
    says: {
      es: ['gratis para las personas migrantes con situación migratoria regular', 'No tenemos confirmado qué documentos acepta la web', 'empleosperu.gob.pe', 'gob.pe/migraciones'],
      en: ['free for migrants with legal status', 'We have not confirmed which IDs the website takes', 'empleosperu.gob.pe', 'gob.pe/migraciones'],
    },
    never: {
      es: ['es probable que no puedas sacarlo', 'cerró el 10 de noviembre de 2023'],
      en: ['you probably cannot get it', 'closed on 10 November 2023'],
    },
    recommends: [],
  },
  {
    who: 'a Venezuelan whose foreigner’s card (carné de extranjería) ran out and who wants the labour certificate (CUL)',
    situation: { nationality: 'venezuelan', document: 'expired foreigner’s card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P38', 'S14', 'S76', 'S56'],
    route: [{ flow: 'work-rights', answers: { need: ['certificate'], 'id-document': ['expired'] } }],
    outcome: 'cul-check',
    says: {
      es: ['situación migratoria regular', 'Si lo que venció es tu carné de extranjería, pregunta en Migraciones qué trámite te toca', 'No tenemos datos confirmados sobre qué pasa cuando vence el carné', 'Servicio de Orientación al Migrante'],
      en: ['legal status', "If what ran out is your foreigner's card, ask Migraciones which step applies to you", 'We have no confirmed facts on what happens once the card has expired', 'Migrant Guidance Service'],
    },
    recommends: ['residency'],
  },
  {
    who: 'a Venezuelan whose foreigner’s card ran out, who already works and wants to know her rights',
    situation: { nationality: 'venezuelan', document: 'expired foreigner’s card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P38', 'S14', 'S76', 'S56'],
    route: [{ flow: 'work-rights', answers: { need: ['rights'], 'id-document': ['expired'], bolivia: ['no'] } }],
    outcome: 'rights-no-papers',
    says: {
      es: ['Si lo que venció es tu carné de extranjería, pregunta en Migraciones qué trámite te toca', 'No tenemos datos confirmados sobre qué pasa cuando vence el carné'],
      en: ["If what ran out is your foreigner's card, ask Migraciones which step applies to you", 'We have no confirmed facts on what happens once the card has expired'],
    },
    recommends: ['residency'],
  },
];
