/** Broken, hand-edited and stale links, with what each must show and how the person goes on. */
import { FLOW, ft, stepPath, t, type Lang } from './content';
import { CHECK_ANSWERS } from './pages';

export interface Broken {
  name: string;
  path: (l: Lang) => string;
  h1: (l: Lang) => string;
  /** The notice from common.json shown above the step, if any. */
  notice?: 'flow.badAnswers' | 'flow.badAnswersResult' | 'flow.movedStep';
  /** The link that leads on, and where it goes. */
  forward?: { text: (l: Lang) => string; to: (l: Lang) => string; h1: (l: Lang) => string };
}

export const home = { text: (l: Lang) => t(l, 'notFound.home'), to: (l: Lang) => `/${l}/`, h1: (l: Lang) => t(l, 'home.title') };
export const BROKEN: Broken[] = [
  { name: 'malformed answers and a script as the step', path: (l) => `/${l}/flows/${FLOW}/?a=%%%&step=<script>`, h1: (l) => ft(l, 'nodes.has-certificate.question'), notice: 'flow.badAnswers' },
  {
    name: 'garbage answers',
    path: (l) => `/${l}/flows/${FLOW}/?a=garbage:::,,,`,
    h1: (l) => ft(l, 'title'),
    notice: 'flow.badAnswers',
    forward: { text: (l) => t(l, 'flow.start'), to: (l) => stepPath(l, 'has-certificate'), h1: (l) => ft(l, 'nodes.has-certificate.question') },
  },
  { name: 'an answer option that does not exist', path: (l) => stepPath(l, 'document', 'has-certificate:maybe'), h1: (l) => ft(l, 'nodes.has-certificate.question'), notice: 'flow.badAnswers' },
  {
    name: 'a result with answers that cannot be read',
    path: (l) => stepPath(l, 'get-certificate', 'has-certificate:maybe'),
    h1: (l) => ft(l, 'nodes.get-certificate.title'),
    notice: 'flow.badAnswersResult',
    forward: { text: (l) => t(l, 'flow.directLink'), to: (l) => `/${l}/flows/${FLOW}/`, h1: (l) => ft(l, 'title') },
  },
  { name: 'an unknown flow', path: (l) => `/${l}/flows/nope/`, h1: (l) => t(l, 'notFound.title'), forward: home },
  { name: 'an unknown node', path: (l) => stepPath(l, 'nope'), h1: (l) => ft(l, 'nodes.has-certificate.question'), notice: 'flow.movedStep' },
  { name: 'an unknown language', path: () => '/fr/', h1: (l) => t(l, 'notFound.title'), forward: home },
  { name: 'a stale link to a removed question', path: (l) => stepPath(l, 'certificate-type', 'has-certificate:no'), h1: (l) => ft(l, 'nodes.document.question'), notice: 'flow.movedStep' },
  { name: 'a stale link to a removed result', path: (l) => stepPath(l, 'old-result', CHECK_ANSWERS), h1: (l) => t(l, 'flow.checkTitle'), notice: 'flow.movedStep' },
];

