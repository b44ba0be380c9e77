/**
 * A person who says they are in danger now sees who to call at once: an urgent result comes straight
 * after the answer, without the check-your-answers page, and Back returns to the question. A result
 * that is not urgent still comes after the check page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeId, expectH1, launch, type Session } from './support/browser';
import { LANGS, stepOf, stepPath, t, type Lang } from './support/content';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

/** Flow, question, the option that means "in danger now", and the urgent result it leads to. */
const URGENT = [
  ['violence-women', 'danger', 'yes', 'danger-now'],
  ['mental-health', 'danger', 'yes', 'crisis'],
];

async function choose(page: Page, lang: Lang, question: string, option: string): Promise<void> {
  await page.locator(`label[for="${question}-${option}"]`).click();
  await page.getByRole('button', { name: t(lang, 'flow.continue'), exact: true }).click();
}

describe.each(LANGS)('urgent results (%s)', (lang) => {
  it.each(URGENT)('%s: answering %s with %s shows %s at once, and Back returns to the question', async (flow, question, option, outcome) => {
    const page = await s.newPage();
    const steps: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && steps.push(stepOf(new URL(f.url())) ?? ''));
    await page.goto(stepPath(lang, question, '', flow));
    await expectH1(page, t(lang, `${flow}:nodes.${question}.question`));
    await choose(page, lang, question, option);
    await page.waitForURL((u) => stepOf(u) === outcome);
    await expectH1(page, t(lang, `${flow}:nodes.${outcome}.title`));
    expect(await activeId(page), 'focus on the result heading').toBe('page-title');
    expect(steps, 'the check page was never shown').not.toContain('check');
    await expect(page.locator('main .urgent-card').isVisible()).resolves.toBe(true);
    // Who to call, with the call buttons, comes before anything else to read.
    const callFirst = await page.evaluate(() => {
      const where = document.getElementById('contacts-title');
      const read = ['steps-title', 'bring-title', 'rights-title', 'fits-title'].map((id) => document.getElementById(id)).filter(Boolean);
      return where !== null && read.every((el) => (where.compareDocumentPosition(el!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    });
    expect(callFirst, 'where to go before what to do').toBe(true);
    // On a 360 × 740 phone, the first call button is on the first screen, under the answer, and
    // before the card of other urgent numbers (which opens another page).
    const call = await page.evaluate(() => {
      const first = document.querySelector<HTMLElement>('main a[href^="tel:"]')!;
      const card = document.querySelector('main .urgent-card')!;
      return { bottom: first.getBoundingClientRect().bottom + scrollY, beforeCard: (first.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0, viewport: innerHeight };
    });
    expect(call.viewport).toBe(740);
    expect(call.bottom, 'the first call button ends on the first screen').toBeLessThanOrEqual(740);
    expect(call.beforeCard, 'the call button comes before the other urgent numbers').toBe(true);

    await page.locator('main p.actions').getByRole('link', { name: t(lang, 'flow.back'), exact: true }).click();
    await page.waitForURL((u) => stepOf(u) === question);
    await expectH1(page, t(lang, `${flow}:nodes.${question}.question`));
    await page.context().close();
  });

  it('a result that is not urgent still comes after the check page', async () => {
    const page = await s.newPage();
    await page.goto(stepPath(lang, 'danger', '', 'violence-women'));
    await expectH1(page, t(lang, 'violence-women:nodes.danger.question'));
    await choose(page, lang, 'danger', 'no');
    await page.waitForURL((u) => stepOf(u) === 'need');
    await choose(page, lang, 'need', 'talk');
    await page.waitForURL((u) => stepOf(u) === 'check');
    await expectH1(page, t(lang, 'flow.checkTitle'));
    await page.context().close();
  });

  it('a Change from the check page that makes the result urgent goes straight to it, not back to the check page', async () => {
    const page = await s.newPage();
    await page.goto(`${stepPath(lang, 'danger', 'danger:no,need:talk', 'violence-women')}&return=check`);
    await expectH1(page, t(lang, 'violence-women:nodes.danger.question'));
    await choose(page, lang, 'danger', 'yes');
    await page.waitForURL((u) => stepOf(u) === 'danger-now');
    await expectH1(page, t(lang, 'violence-women:nodes.danger-now.title'));
    expect(new URL(page.url()).searchParams.get('return'), 'no "return to the check page" left in the address').toBeNull();
    await page.context().close();
  });
});
