/**
 * Peruvians abroad: what the Government said its consular network does (117 offices, 122 honorary
 * consuls, 64 countries; legal and humanitarian help: P34), voting from abroad and digital
 * certificates (P39), social security agreements (P33), and the Committee's questions on help for
 * Peruvians abroad (P16) and on the consulates' efforts to help them regularize their status (P13).
 * No consulate contact is confirmed (S6 gives only the Foreign Ministry's name), so none is given.
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Peruvian living in Miami who wants to vote in Peru’s elections',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'abroad', age: 'adult', asking: 'self' },
    sources: ['P39'],
    route: [{ flow: 'peruvians-abroad', answers: { need: ['vote'] } }],
    outcome: 'vote',
    says: {
      es: ['más de 1 millón (1 100 000)', 'Miami', 'No tenemos el nombre oficial', 'pregunta si la campaña sigue'],
      en: ['more than 1 million', '1 100 000', 'Miami', 'We do not have the official name', 'ask if the campaign is still going'],
    },
    never: { es: ['1,1 millones', 'Sí, muchos peruanos'], en: ['Yes, many Peruvians'] },
  },
  {
    who: 'a Peruvian in Buenos Aires who needs a birth certificate',
    situation: { nationality: 'peruvian', document: 'Peruvian passport', now: 'abroad', age: 'adult', asking: 'self' },
    sources: ['P39', 'P34'],
    route: [{ flow: 'peruvians-abroad', answers: { need: ['certificates'] } }],
    outcome: 'certificates',
    says: {
      es: ['unas 30 oficinas consulares', 'nacimiento', 'Rumbo no tiene la lista de esos consulados'],
      en: ['about 30 of its consular offices', 'birth', 'Rumbo does not have the list of those consulates'],
    },
  },
  {
    who: 'a mother in Lima asking for her son in Spain, who needs a death certificate',
    situation: { nationality: 'peruvian', now: 'abroad', age: 'adult', asking: 'relative' },
    sources: ['P39'],
    route: [{ flow: 'peruvians-abroad', answers: { need: ['certificates'] } }],
    outcome: 'certificates',
    says: { es: ['defunción'], en: ['death'] },
  },
  {
    who: 'a Peruvian who worked in Spain for years and asks about his pension',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'abroad', age: 'adult', asking: 'self' },
    sources: ['P33', 'S6'],
    route: [{ flow: 'peruvians-abroad', answers: { need: ['social-security'] } }],
    outcome: 'social-security',
    says: {
      es: ['Argentina, Chile, Colombia, Ecuador, España y Uruguay', 'Convenio Multilateral Iberoamericano de Seguridad Social', 'no sabe si sirven para tu pensión'],
      en: ['Argentina, Chile, Colombia, Ecuador, Spain and Uruguay', 'Convenio Multilateral Iberoamericano de Seguridad Social', 'it does not know if they help with your pension'],
    },
    never: { es: ['El Perú tiene convenios de seguridad social con varios países'] },
  },
  {
    who: 'a Peruvian back in Lima after working in Chile, who asks about the contributions he paid there',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P33', 'S56'],
    route: [{ flow: 'peruvians-abroad', answers: { need: ['social-security'] } }],
    outcome: 'social-security',
    says: {
      es: ['Servicio de Orientación al Migrante (SOM)', 'Ministerio de Trabajo'],
      en: ['Migrant Guidance Service (SOM)', 'Ministry of Labour'],
    },
  },
  {
    who: 'a Peruvian detained abroad who needs legal help',
    situation: { nationality: 'peruvian', now: 'abroad', age: 'adult', asking: 'self' },
    sources: ['P34'],
    route: [{ flow: 'peruvians-abroad', answers: { need: ['help'] } }],
    outcome: 'consular-help',
    says: {
      es: ['asistencia en temas legales y humanitarios', '117 oficinas consulares', 'número de emergencias del país donde estás', 'La trata de personas es cuando', 'Chile, Ecuador, Bolivia, Colombia y Argentina'],
      en: ['legal problems', '117 consular offices', 'emergency number of the country you are in', 'That is when people are moved or kept', 'Chile, Ecuador, Bolivia, Colombia and Argentina'],
    },
  },
  {
    who: 'a Peruvian living in Chile without papers, who wants help to regularize her status there',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'abroad', age: 'adult', asking: 'self' },
    sources: ['P13', 'P34'],
    route: [{ flow: 'peruvians-abroad', answers: { need: ['help'] } }],
    outcome: 'consular-help',
    says: {
      es: ['Un miembro del Comité de la ONU dijo que, según el informe del Perú', 'regularizar su situación migratoria', 'pregunta en el consulado si te pueden orientar'],
      en: ["A member of the UN Committee said that, according to Peru's report", 'put their migration status in order', 'ask the consulate whether they can advise you'],
    },
    never: { es: ['Según el informe que el Perú envió a la ONU'], en: ['According to the report Peru sent to the UN'] },
  },
];
