/**
 * Every page TYPE of the app (one representative URL each, with its h1 and the action that brings
 * it into the state to check), the flows and their outcomes read from content/flows, and a watcher
 * for uncaught errors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { FLOW, ft, stepPath, t, type Lang } from './content';

export interface PageType {
  name: string;
  /** Already given a full axe run (light, 360 px) by a11y.e2e.ts. */
  axedElsewhere?: boolean;
  path: (l: Lang) => string;
  h1: (l: Lang) => string;
  /** Brings the page into the state to check, once its h1 is shown. */
  act?: (page: Page, l: Lang) => Promise<void>;
}

export const CHECK_ANSWERS = 'has-certificate:no,document:carne,insured:yes';
/** where-to-start, up to its multiple-choice question. */
export const MULTIPLE = (l: Lang) => `/${l}/flows/where-to-start/needs/?a=situation:foreigner,document:none`;

/** Submits the question without an answer and waits for the error summary. */
export async function showQuestionError(page: Page, l: Lang): Promise<void> {
  await page.getByRole('button', { name: t(l, 'flow.continue') }).click();
  await page.getByRole('alert').getByText(t(l, 'flow.errorTitle')).waitFor();
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', axedElsewhere: true, path: (l) => `/${l}/`, h1: (l) => t(l, 'home.title') },
  {
    name: 'home with a flow to resume',
    path: (l) => `/${l}/`,
    h1: (l) => t(l, 'home.title'),
    act: async (page, l) => {
      const resume = { flow: FLOW, url: stepPath(l, 'document', 'has-certificate:no'), at: Date.now() };
      await page.evaluate((r) => localStorage.setItem('rumbo.resume', JSON.stringify(r)), resume);
      await page.reload();
      await page.locator('main .resume .button').waitFor();
    },
  },
  { name: 'help', axedElsewhere: true, path: (l) => `/${l}/help/`, h1: (l) => t(l, 'help.title') },
  { name: 'sources', axedElsewhere: true, path: (l) => `/${l}/sources/#P30`, h1: (l) => t(l, 'sources.title') },
  { name: 'references', path: (l) => `/${l}/references/#S31`, h1: (l) => t(l, 'sources.publicTitle') },
  { name: 'about', axedElsewhere: true, path: (l) => `/${l}/about/`, h1: (l) => t(l, 'about.title') },
  { name: 'settings', axedElsewhere: true, path: (l) => `/${l}/settings/`, h1: (l) => t(l, 'settings.title') },
  { name: 'results', path: (l) => `/${l}/results/`, h1: (l) => t(l, 'results.title') },
  {
    name: 'search with results',
    path: (l) => `/${l}/search/?q=${l === 'es' ? 'salud' : 'health'}`,
    h1: (l) => t(l, 'search.title'),
    act: (page) => page.locator('main ul.results li a').first().waitFor(),
  },
  { name: 'flow start', axedElsewhere: true, path: (l) => `/${l}/flows/${FLOW}/`, h1: (l) => ft(l, 'title') },
  { name: 'question', axedElsewhere: true, path: (l) => stepPath(l, 'document', 'has-certificate:no'), h1: (l) => ft(l, 'nodes.document.question') },
  { name: 'multiple-choice question', path: MULTIPLE, h1: (l) => t(l, 'where-to-start:nodes.needs.question') },
  { name: 'multiple-choice question error', path: MULTIPLE, h1: (l) => t(l, 'where-to-start:nodes.needs.question'), act: showQuestionError },
  { name: 'check', axedElsewhere: true, path: (l) => stepPath(l, 'check', CHECK_ANSWERS), h1: (l) => t(l, 'flow.checkTitle') },
  {
    name: 'outcome with contacts',
    path: (l) => `/${l}/flows/mental-health/talk-now/?a=danger:no,what:talk`,
    h1: (l) => t(l, 'mental-health:nodes.talk-now.title'),
    act: (page) => page.locator('main .contacts a[href^="tel:"]').first().waitFor(),
  },
  {
    name: 'urgent outcome',
    path: (l) => `/${l}/flows/mental-health/crisis/?a=danger:yes`,
    h1: (l) => t(l, 'mental-health:nodes.crisis.title'),
    act: (page) => page.locator('main .urgent-card').waitFor(),
  },
  {
    name: 'quick-exit flow page',
    path: (l) => `/${l}/flows/violence-women/danger/`,
    h1: (l) => t(l, 'violence-women:nodes.danger.question'),
    // The long label, or the short one where large text meets a narrow screen.
    act: (page, l) => page.getByRole('button', { name: new RegExp(`^(${t(l, 'quickExit.action')}|${t(l, 'quickExit.short')})$`) }).waitFor(),
  },
  { name: 'not-found', axedElsewhere: true, path: (l) => `/${l}/no-such-page/`, h1: (l) => t(l, 'notFound.title') },
];

interface FlowFile {
  id: string;
  start: string;
  quickExit?: boolean;
  nodes: { id: string; type: string; options?: { id: string }[] }[];
}

const flowsDir = fileURLToPath(new URL('../../../content/flows/', import.meta.url));

/** Every flow in content/flows, parsed. */
export const FLOWS: FlowFile[] = readdirSync(flowsDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => parse(readFileSync(flowsDir + f, 'utf8')) as FlowFile);

export const outcomeIds = (flow: FlowFile) => flow.nodes.filter((n) => n.type === 'outcome').map((n) => n.id);

/**
 * Navigates inside the app as the browser's Back and Forward buttons do (history entry, popstate):
 * the router draws the page without loading the document again. Much faster than page.goto.
 */
export async function clientGo(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Collects uncaught page errors and console errors of a page. */
export function watchErrors(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror on ${page.url()}: ${e.message}`));
  return { errors };
}
