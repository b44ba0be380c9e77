/**
 * The disability certificate: the people P30 and P11 describe (migrants with a disability, the 1023
 * registered, their same benefits, any ID for temporary cover) and the facts S30–S33 give (free, from
 * a certifying doctor at MINSA, EsSalud, regional, Armed Forces and Police, INPE or private
 * facilities, chosen by insurer; DNI, carné de extranjería, passport or cédula on the form; no source
 * on a CPP or PTP). A parent often asks for a child; a returning Peruvian comes with a DNI.
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Venezuelan with a disability, a passport and no health insurance',
    situation: { nationality: 'venezuelan', document: 'passport only', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P30', 'S31', 'S32', 'S33'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['passport'], needs: ['disability'] } },
      { flow: 'disability-certificate', answers: { 'has-certificate': ['no'], document: ['passport'], insured: ['no'] } },
    ],
    outcome: 'get-certificate-uninsured',
    says: {
      es: ['gratis', 'más de 3700', 'si te pueden evaluar sin seguro'],
      en: ['free', 'more than 3700', 'if they can check you when you have no insurance'],
    },
    // No source says to go to MINSA first, and "3,700" reads as 3.7 to a Venezuelan (audit DC2, DC3).
    never: { es: ['3,700', 'pregunta primero en un establecimiento del MINSA'], en: ['3,700', 'ask first at a MINSA'] },
  },
  {
    who: 'a Venezuelan mother asking for a certificate for her son, who has a cédula and the SIS',
    situation: { nationality: 'venezuelan', document: 'cédula', now: 'in Peru', age: 'child', asking: 'relative' },
    sources: ['P30', 'S32', 'S33'],
    route: [{ flow: 'disability-certificate', answers: { 'has-certificate': ['no'], document: ['cedula'], insured: ['yes'] } }],
    outcome: 'get-certificate',
    says: {
      es: ['Si el certificado es para tu hija o tu hijo, lleva el documento de ella o de él', 'según tu seguro de salud'],
      en: ["If the certificate is for your child, bring your child's ID", 'fits your health insurance'],
    },
  },
  {
    who: 'a Peruvian back from abroad with a disability, a DNI and insurance',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru, back from abroad', age: 'adult', asking: 'self' },
    sources: ['P29', 'P30', 'S30', 'S31', 'S33'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['returning'], 'returning-needs': ['disability'] } },
      { flow: 'disability-certificate', answers: { 'has-certificate': ['no'], document: ['dni'], insured: ['yes'] } },
    ],
    outcome: 'get-certificate',
    says: {
      es: ['Ministerio de Salud (MINSA)', 'Consejo Nacional para la Integración de la Persona con Discapacidad', 'el DNI'],
      en: ['the Ministry of Health', 'National Council for the Integration of Persons with Disabilities', 'a DNI'],
    },
  },
  {
    who: 'a Peruvian back from abroad with a disability, a DNI and no health insurance',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru, back from abroad', age: 'adult', asking: 'self' },
    sources: ['P29', 'P30', 'S31', 'S33', 'S81'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['returning'], 'returning-needs': ['disability'] } },
      { flow: 'disability-certificate', answers: { 'has-certificate': ['no'], document: ['dni'], insured: ['no'] } },
    ],
    outcome: 'get-certificate-uninsured',
    // P30's temporary cover is for migrants: a Peruvian is told to ask the SIS with the DNI (audit DC-N2).
    says: {
      es: ['gratis', 'Si eres peruano o peruana, pregunta en el SIS qué seguro te toca con tu DNI'],
      en: ['free', 'If you are Peruvian, ask the SIS which health cover you can get with your DNI'],
    },
  },
  {
    who: 'a caseworker helping a Venezuelan with a cédula who does not know if she is insured',
    situation: { nationality: 'venezuelan', document: 'cédula', now: 'in Peru', age: 'adult', asking: 'caseworker' },
    sources: ['P30', 'S32'],
    route: [{ flow: 'disability-certificate', answers: { 'has-certificate': ['no'], document: ['cedula'], insured: ['not-sure'] } }],
    outcome: 'get-certificate-uninsured',
    says: { es: ['También puedes preguntar por un seguro de salud temporal'], en: ['You can also ask about health insurance for a time'] },
  },
  {
    who: 'a Venezuelan whose only document is a CPP',
    situation: { nationality: 'venezuelan', document: 'CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P30', 'S32'],
    route: [{ flow: 'disability-certificate', answers: { 'has-certificate': ['no'], document: ['cpp-ptp'] } }],
    outcome: 'check-document',
    says: { es: ['no hay una fuente confirmada', 'qué documento aceptan'], en: ['no confirmed source', 'which document they take'] },
  },
  {
    who: 'a migrant with a certificate who has not joined the CONADIS register',
    situation: { nationality: 'venezuelan', document: 'foreigner’s card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['S30', 'S31'],
    route: [{ flow: 'disability-certificate', answers: { 'has-certificate': ['yes'], registered: ['no'] } }],
    outcome: 'register-conadis',
    says: { es: ['Registro Nacional de la Persona con Discapacidad', 'No tenemos datos confirmados'], en: ['Registro Nacional de la Persona con Discapacidad', 'We have no confirmed facts'] },
  },
  {
    who: 'a migrant with a certificate and a CONADIS card who is refused a benefit',
    situation: { nationality: 'venezuelan', document: 'foreigner’s card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P30', 'P11'],
    route: [{ flow: 'disability-certificate', answers: { 'has-certificate': ['yes'], registered: ['yes'] } }],
    outcome: 'use-benefits',
    // P30 gives quotas for all three: university places, jobs and tickets (audit DC-N1); they are the
    // quotas every certificate holder has, not places kept for migrants.
    says: {
      es: ['mismos beneficios que las demás personas con certificado', 'cupos en las universidades, en los empleos', 'se guarda para las personas con certificado de discapacidad', 'pide que te expliquen por qué'],
      en: ['the same benefits as anyone else who has it', 'quotas of places at universities, of jobs', 'A quota is a share of places kept for people who have the certificate', 'ask them to explain why'],
    },
    never: { es: ['se guarda para ellas'], en: ['They also get tickets', 'a share kept for them'] },
  },
];
