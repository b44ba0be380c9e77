/** axe-core (WCAG 2.0/2.1/2.2 A and AA) finds nothing on any page, screen or state, in both languages. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectH1, launch, type Session } from './support/browser';
import { FLOW, LANGS, ft, stepPath, t, type Lang } from './support/content';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ANSWERS = 'has-certificate:no,document:carne,insured:yes';

interface Case {
  name: string;
  path: (l: Lang) => string;
  h1: (l: Lang) => string;
  /** Brings the page into the state to check (after its h1 is shown). */
  act?: (page: Page, l: Lang) => Promise<void>;
}

const CASES: Case[] = [
  { name: 'home', path: (l) => `/${l}/`, h1: (l) => t(l, 'home.title') },
  { name: 'help', path: (l) => `/${l}/help/`, h1: (l) => t(l, 'help.title') },
  { name: 'sources', path: (l) => `/${l}/sources/`, h1: (l) => t(l, 'sources.title') },
  { name: 'about', path: (l) => `/${l}/about/`, h1: (l) => t(l, 'about.title') },
  { name: 'settings', path: (l) => `/${l}/settings/`, h1: (l) => t(l, 'settings.title') },
  { name: 'not-found', path: (l) => `/${l}/no-such-page/`, h1: (l) => t(l, 'notFound.title') },
  { name: 'flow start', path: (l) => `/${l}/flows/${FLOW}/`, h1: (l) => ft(l, 'title') },
  { name: 'question', path: (l) => stepPath(l, 'document', 'has-certificate:no'), h1: (l) => ft(l, 'nodes.document.question') },
  {
    name: 'question with its error',
    path: (l) => stepPath(l, 'document', 'has-certificate:no'),
    h1: (l) => ft(l, 'nodes.document.question'),
    act: async (page, l) => {
      await page.getByRole('button', { name: t(l, 'flow.continue') }).click();
      await page.getByRole('alert').getByText(t(l, 'flow.errorTitle')).waitFor();
    },
  },
  { name: 'check', path: (l) => stepPath(l, 'check', ANSWERS), h1: (l) => t(l, 'flow.checkTitle') },
  { name: 'outcome', path: (l) => stepPath(l, 'get-certificate', ANSWERS), h1: (l) => ft(l, 'nodes.get-certificate.title') },
];

let s: Session;
let page: Page;

beforeAll(async () => {
  s = await launch();
  page = await (await s.newContext()).newPage();
});
afterAll(async () => {
  await s?.close();
});

function report(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n')}`)
    .join('\n');
}

describe.each(LANGS)('accessibility in %s', (lang) => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s has no axe violations', async (_name, c) => {
    await page.goto(c.path(lang));
    await expectH1(page, c.h1(lang));
    await c.act?.(page, lang);
    // Only violations in detail, and legacy mode (no extra page to merge frame results; the app
    // has no iframes): about twice as fast, same rules.
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
    if (violations.length) console.log(`axe on ${c.path(lang)} (${c.name}):\n${report(violations)}`);
    expect(violations.map((v) => v.id), `axe violations on ${c.path(lang)}:\n${report(violations)}`).toEqual([]);
  });
});

it('sent no request outside the app origin', () => {
  s.requests.expectOnlyOwnOrigin();
});
