/** Walking a whole flow by clicking, as a person would: start, each question, check, outcome. */
import type { Page } from 'playwright-core';
import { expectH1 } from './browser';
import { stepOf, t, type Lang } from './content';

export interface Walk {
  flow: string;
  /** Question id and the option ids to choose, in the order they are asked. */
  answers: [string, string[]][];
  outcome: string;
}

/** has-certificate:no, document:carne, insured:yes → get-certificate. */
export const DISABILITY_WALK: Walk = {
  flow: 'disability-certificate',
  answers: [
    ['has-certificate', ['no']],
    ['document', ['carne']],
    ['insured', ['yes']],
  ],
  outcome: 'get-certificate',
};

/** The `a=` value the walk ends with. */
export const encoded = (w: Walk) => w.answers.map(([q, o]) => `${q}:${o.join('.')}`).join(',');

/** The visible texts of the options the walk chooses (they must never reach titles or logs). */
export const chosenTexts = (w: Walk, lang: Lang) => w.answers.flatMap(([q, opts]) => opts.map((o) => t(lang, `${w.flow}:nodes.${q}.options.${o}`)));

const stepIs = (step: string) => (u: URL) => stepOf(u) === step;

/** Walks the flow from its start page to the outcome; `onStep` runs on each screen once it shows. */
export async function walkFlow(page: Page, lang: Lang, w: Walk, onStep: (step: string) => Promise<void> = async () => undefined): Promise<void> {
  await page.goto(`/${lang}/flows/${w.flow}/`);
  await expectH1(page, t(lang, `${w.flow}:title`));
  await onStep('start');
  await page.getByRole('link', { name: t(lang, 'flow.start') }).click();
  for (const [question, options] of w.answers) {
    await page.waitForURL(stepIs(question));
    await expectH1(page, t(lang, `${w.flow}:nodes.${question}.question`));
    await onStep(question);
    for (const option of options) await page.locator(`label[for="${question}-${option}"]`).click();
    await page.getByRole('button', { name: t(lang, 'flow.continue') }).click();
  }
  await page.waitForURL(stepIs('check'));
  await expectH1(page, t(lang, 'flow.checkTitle'));
  await onStep('check');
  await page.getByRole('link', { name: t(lang, 'flow.seeResult') }).click();
  await page.waitForURL(stepIs(w.outcome));
  await expectH1(page, t(lang, `${w.flow}:nodes.${w.outcome}.title`));
  await onStep(w.outcome);
}
