/**
 * Violence against women: P4 (violence against migrant women a specific form needing priority; the
 * Centros Emergencia Mujer served almost 12 000 foreigners free in 2020–2024), P5 (post-rape kits;
 * sexual and reproductive health open to all). Facts: Línea 100, free, 24 hours, in Spanish,
 * Quechua and Aymara, for violence against women and family members and children (S80a–c, S23);
 * 105 (S65a), 106 (S65b); the CEMs' programme renamed Warmi Ñan (S24), one 2026 news item styling
 * them "y Familia" (S25), a 2025 move to the Ministry of Justice approved in committee (S26).
 */
import type { Person } from './person';

export const people: Person[] = [
  {
    who: 'a Venezuelan woman without papers whose partner is beating her now',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P4', 'S65a', 'S80b'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['none'], needs: ['safety'], danger: ['partner-family'] } },
      { flow: 'violence-women', answers: { danger: ['yes'] } },
    ],
    outcome: 'danger-now',
    says: { es: ['105', 'Línea 100', 'atención prioritaria'], en: ['105', 'Línea 100', 'must get care first'] },
    urgent: true,
  },
  {
    who: 'a Venezuelan woman beaten by her partner, safe for now, who wants help in person',
    situation: { nationality: 'venezuelan', document: 'CPP', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P4', 'S22', 'S24', 'S25', 'S26'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['foreigner'], document: ['permit'], needs: ['safety'], danger: ['partner-family'] } },
      { flow: 'violence-women', answers: { danger: ['no'], need: ['place'] } },
    ],
    outcome: 'cem',
    says: {
      es: ['Centros Emergencia Mujer (CEM)', 'casi 12 000', 'Warmi Ñan', 'No sabemos si ese cambio se hizo'],
      en: ['Centro Emergencia Mujer', 'close to 12 000', 'Warmi Ñan', 'We do not know if this change was made'],
    },
    // One news item, not a confirmed new name (audit V1).
    never: { es: ['Algunos centros hoy se llaman'], en: ['Some centres are now called'] },
  },
  {
    who: 'a Venezuelan woman her partner humiliates and controls but does not hit, who wants help in person',
    situation: { nationality: 'venezuelan', document: 'passport only', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P4', 'S22'],
    route: [{ flow: 'violence-women', answers: { danger: ['no'], need: ['place'] } }],
    outcome: 'cem',
    // P4: more than 30 % of the foreigners the CEMs helped had suffered psychological violence. The
    // result says first that the CEMs help with it, and does not lead with the beatings (09698bc);
    // P4 is the Government's statement, so it is told as such.
    says: {
      es: ['Según el Gobierno, los CEM también atienden la violencia psicológica, no solo la física', 'Dijo que más del 30 %', 'cerca de la mitad, violencia física'],
      en: ['The Government said the CEMs also help when you are hurt in your mind or feelings', 'It said this was the case for more than 30 %', 'about half had been hurt in their body'],
    },
    never: { es: ['Según el Gobierno, cerca de la mitad', 'Los CEM también atienden'], en: ['The Government said that about half', 'The CEMs help when you are hurt'] },
  },
  {
    who: 'a Colombian woman insulted and threatened by her husband, who wants to talk to someone',
    situation: { nationality: 'colombian', document: 'foreigner’s card', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P4', 'S80a', 'S80b', 'S80c'],
    route: [{ flow: 'violence-women', answers: { danger: ['no'], need: ['talk'] } }],
    outcome: 'talk',
    says: {
      es: ['violencia contra las mujeres y dentro de la familia', 'quechua', 'Chat 100'],
      en: ['violence against women and within the family', 'Quechua', 'Chat 100'],
    },
    never: { es: ['Ayuda a las personas que sufren violencia'], en: ['It helps people who suffer violence'] },
  },
  {
    who: 'a migrant woman raped last night',
    situation: { nationality: 'venezuelan', document: 'none', now: 'in Peru', age: 'adult', asking: 'self' },
    sources: ['P5', 'S65b', 'S80b'],
    route: [{ flow: 'violence-women', answers: { danger: ['not-sure'], need: ['health'] } }],
    outcome: 'health-after',
    says: { es: ['lo antes posible', 'kits para atender casos de violación', '106'], en: ['as soon as you can', 'kits to care for people after rape', '106'] },
  },
  {
    who: 'a Peruvian woman back from abroad whose family hurts her, not sure what she needs',
    situation: { nationality: 'peruvian', document: 'DNI', now: 'in Peru, back from abroad', age: 'adult', asking: 'self' },
    sources: ['S80b', 'S80a'],
    route: [
      { flow: 'where-to-start', answers: { situation: ['returning'], 'returning-needs': ['safety'], danger: ['partner-family'] } },
      { flow: 'violence-women', answers: { danger: ['no'], need: ['not-sure'] } },
    ],
    outcome: 'talk',
    says: { es: ['Línea 100', 'gratis'], en: ['Línea 100', 'free'] },
  },
];
