/**
 * Work and labour rights (content/flows/work-rights.yaml): named scenarios, GOV.UK smart-answers
 * style. Each one answers the questions, expects an outcome and a fact in its Spanish text.
 */
import { describe, expect, it } from 'vitest';
import { content, flowOf, runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  { name: 'unpaid wages: free advice from the SOM, SUNAFIL to report', answers: { need: ['problem'], problem: ['work-issue'] }, outcome: 'work-problem', fact: 'SUNAFIL', questions: ['need', 'problem'], urgent: false },
  { name: 'treated worse at work for being foreign: SOM and line 1817', answers: { need: ['problem'], problem: ['unfair'] }, outcome: 'work-discrimination', fact: '1817' },
  { name: 'threatened or hurt at work: call the police on 105', answers: { need: ['problem'], problem: ['danger'] }, outcome: 'work-danger', fact: '105', urgent: true },
  { name: 'forced to work, straight from the first question: 105, no trafficking hotline confirmed, the children guide pointed to in a step, nothing recommended', answers: { need: ['forced'] }, outcome: 'forced-work', fact: '105', stepsFact: 'abre también la guía «Protección de niñas, niños y adolescentes»', questions: ['need'], urgent: true, recommends: [] },
  { name: 'documents taken at work: the same trafficking result', answers: { need: ['problem'], problem: ['forced'] }, outcome: 'forced-work', fact: 'trata de personas', urgent: true },
  { name: 'labour certificate with valid papers: online at empleosperu.gob.pe', answers: { need: ['certificate'], 'id-document': ['valid'] }, outcome: 'cul-online', fact: 'empleosperu.gob.pe', questions: ['need', 'id-document'] },
  { name: 'labour certificate for a Peruvian (DNI): the same free CUL, no Bolivia question', answers: { need: ['certificate'], 'id-document': ['dni'] }, outcome: 'cul-online', fact: 'gratis en línea', questions: ['need', 'id-document'] },
  { name: 'labour certificate with an expired CPP or foreigner\'s card: who the CUL is for, ask Migraciones about an expired card', answers: { need: ['certificate'], 'id-document': ['expired'] }, outcome: 'cul-check', fact: 'gratis para todas las personas peruanas y para las migrantes con situación migratoria regular', stepsFact: 'Si lo que venció es tu carné de extranjería', recommends: ['residency'] },
  { name: 'labour certificate without papers: probably not', answers: { need: ['certificate'], 'id-document': ['none'] }, outcome: 'cul-check', fact: 'es probable que no puedas sacarlo', recommends: ['residency'] },
  { name: 'labour certificate with another document or not sure (a visa, an asylum-seeker card): check the website, no closed-routes warning, no residency', answers: { need: ['certificate'], 'id-document': ['other'] }, outcome: 'cul-unsure', fact: 'No tenemos confirmado qué documentos acepta la web', stepsFact: 'empleosperu.gob.pe', recommends: [] },
  { name: 'returning Peruvian looking for work: free CUL and the SOM, never asked about Bolivia', answers: { need: ['rights'], 'id-document': ['dni'] }, outcome: 'rights-peruvian', fact: 'gratis para todas las personas peruanas', questions: ['need', 'id-document'], recommends: ['returning-peruvians'] },
  { name: 'looking for work with valid papers, not from Bolivia: the SOM', answers: { need: ['rights'], 'id-document': ['valid'], bolivia: ['no'] }, outcome: 'rights-general', fact: 'Servicio de Orientación al Migrante', stepsFact: 'Si tus papeles están en regla' },
  { name: 'looking for work with another document, not from Bolivia: the SOM', answers: { need: ['rights'], 'id-document': ['other'], bolivia: ['no'] }, outcome: 'rights-general', fact: 'SOM' },
  { name: 'looking for work without papers: the SOM and Migraciones, the CUL probably not', answers: { need: ['rights'], 'id-document': ['none'], bolivia: ['no'] }, outcome: 'rights-no-papers', fact: 'es probable que todavía no puedas sacarlo', recommends: ['residency'] },
  { name: 'looking for work with an expired CPP: the same', answers: { need: ['rights'], 'id-document': ['expired'], bolivia: ['no'] }, outcome: 'rights-no-papers', fact: 'situación migratoria regular', stepsFact: 'cerró el 10 de noviembre de 2023' },
  { name: 'from Bolivia with valid papers: Decision 545', answers: { need: ['rights'], 'id-document': ['valid'], bolivia: ['yes'] }, outcome: 'rights-bolivia', fact: 'Decisión 545', recommends: [] },
  { name: 'from Bolivia without papers: Decision 545, the CUL only with papers in order', answers: { need: ['rights'], 'id-document': ['none'], bolivia: ['yes'] }, outcome: 'rights-bolivia', fact: 'zona de frontera', stepsFact: 'Si tus papeles están en regla', recommends: ['residency'] },
  { name: 'wants to start a business: the entrepreneurship programme', answers: { need: ['business'] }, outcome: 'own-business', fact: 'COVID-19' },
  { name: 'an employer who wants to hire a migrant: the guidelines the Government described', answers: { need: ['hire'] }, outcome: 'hire-migrant', fact: 'situación migratoria regular', stepsFact: 'gob.pe/migraciones', questions: ['need'] },
];

runScenarios('work-rights', scenarios);

// The document question says "choose the first one on the list that you have": a passport with a
// valid visa, or a stay still running, must come before "nothing valid", or a visa holder or a
// tourist who skips the hint picks "none" and is told she probably cannot get the CUL.
describe('work-rights › id-document: the order a person reads', () => {
  it('"other" (a visa, a stay still running, an asylum-seeker card) comes before "none", and says so', () => {
    const node = flowOf('work-rights').nodes.find((n) => n.id === 'id-document') as { options: { id: string }[] };
    const ids = node.options.map((o) => o.id);
    expect(ids.indexOf('other')).toBeLessThan(ids.indexOf('none'));
    const options = (lang: 'es' | 'en') => (content.texts[lang]!['work-rights'] as { nodes: Record<string, { options: Record<string, string> }> }).nodes['id-document']!.options;
    expect(options('es').other).toContain('tiempo de estadía');
    expect(options('es').other).toContain('visa vigente');
    expect(options('en').other).toContain('time to stay');
    expect(options('es').none).toContain('ni visa ni tiempo de estadía');
    expect(options('en').none).toContain('no visa, no time to stay left');
  });
});
