/**
 * "Listen" reads the question or the result with the device's speech synthesis (stubbed here, so
 * the test hears what would be said): the page's main text, in the page's language, and Stop ends
 * it. Its code loads once the page is interactive (src/components/ReadAloud.tsx).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectH1, launch, type Session } from './support/browser';
import { LANGS, ft, stepPath, t, type Lang } from './support/content';
import { CHECK_ANSWERS, watchErrors } from './support/pages';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

/** A speech synthesis that records what it is asked to say. */
function fakeSpeech() {
  const w = window as unknown as { spoken: { text: string; lang: string }[]; cancelled: number };
  w.spoken = [];
  w.cancelled = 0;
  const fake = {
    speak: (u: SpeechSynthesisUtterance) => void w.spoken.push({ text: u.text, lang: u.lang }),
    cancel: () => void (w.cancelled += 1),
    getVoices: () => [],
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
}

async function listen(page: Page, lang: Lang): Promise<{ text: string; lang: string }[]> {
  await page.locator('.read-aloud.ready').waitFor();
  await page.getByRole('button', { name: t(lang, 'listen.start') }).click();
  await page.waitForFunction(() => (window as unknown as { spoken: unknown[] }).spoken.length > 0);
  return page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
}

const VOICE_LANG = { es: 'es-PE', en: 'en-GB' } as const;

describe.each(LANGS)('Listen (%s)', (lang) => {
  it('reads the question and its choices in the page language, and Stop ends it', async () => {
    const page = await session.newPage();
    const { errors } = watchErrors(page);
    await page.addInitScript(fakeSpeech);
    await page.goto(stepPath(lang, 'document', 'has-certificate:no'));
    const question = ft(lang, 'nodes.document.question');
    await expectH1(page, question);
    const spoken = await listen(page, lang);
    expect(spoken[0]?.text).toBe(question);
    expect(spoken.length, 'the choices are read too').toBeGreaterThan(2);
    expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set([VOICE_LANG[lang]]));
    // The button's own label is not read.
    expect(spoken.map((s) => s.text)).not.toContain(t(lang, 'listen.start'));

    const before = await page.evaluate(() => (window as unknown as { cancelled: number }).cancelled);
    await page.getByRole('button', { name: t(lang, 'listen.stop') }).click();
    await page.getByRole('button', { name: t(lang, 'listen.start') }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { cancelled: number }).cancelled)).toBeGreaterThan(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a tap before the reading code has arrived still reads, once it has', async () => {
    const page = await session.newPage();
    await page.addInitScript(fakeSpeech);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route('**/assets/speech-*.js', async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto(stepPath(lang, 'document', 'has-certificate:no'));
    await page.locator('.read-aloud.ready').waitFor();
    await expect.poll(() => asked, { message: 'the reading code is asked for once the page is interactive' }).toBe(true);
    await page.getByRole('button', { name: t(lang, 'listen.start') }).click();
    expect(await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken.length)).toBe(0);
    release();
    await page.waitForFunction(() => (window as unknown as { spoken: unknown[] }).spoken.length > 0);
    await page.getByRole('button', { name: t(lang, 'listen.stop') }).waitFor();
    await page.context().close();
  });

  it('if the reading code failed to load, a tap loads it again and reads', async () => {
    const page = await session.newPage();
    await page.addInitScript(fakeSpeech);
    let tries = 0;
    await page.route('**/assets/speech-*.js', (route) => (++tries === 1 ? route.abort() : route.continue()));
    await page.goto(stepPath(lang, 'document', 'has-certificate:no'));
    await page.locator('.read-aloud.ready').waitFor();
    await expect.poll(() => tries).toBe(1);
    const spoken = await listen(page, lang);
    expect(tries).toBe(2);
    expect(spoken[0]?.text).toBe(ft(lang, 'nodes.document.question'));
    await page.context().close();
  });

  it('a phone that cannot speak (no voice installed) says so, and the button stays to try again', async () => {
    const page = await session.newPage();
    await page.addInitScript(() => {
      const fake = {
        speak: (u: SpeechSynthesisUtterance) => setTimeout(() => u.onerror?.({ error: 'synthesis-failed' } as SpeechSynthesisErrorEvent)),
        cancel: () => undefined,
        getVoices: () => [],
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    });
    await page.goto(stepPath(lang, 'document', 'has-certificate:no'));
    await page.locator('.read-aloud.ready').waitFor();
    const status = page.locator('.read-aloud [role="status"]');
    expect(await status.innerText()).toBe('');
    await page.getByRole('button', { name: t(lang, 'listen.start') }).click();
    await expect.poll(() => status.innerText()).toBe(t(lang, 'listen.failed'));
    await page.getByRole('button', { name: t(lang, 'listen.start') }).waitFor();
    await page.context().close();
  });

  it('reads a result, its heading and what to do', async () => {
    const page = await session.newPage();
    await page.addInitScript(fakeSpeech);
    await page.goto(stepPath(lang, 'get-certificate', CHECK_ANSWERS));
    const title = (await page.locator('h1').first().innerText()).trim();
    const spoken = await listen(page, lang);
    expect(spoken.map((s) => s.text)).toContain(title);
    expect(spoken.length).toBeGreaterThan(3);
    expect(spoken.every((s) => s.lang === VOICE_LANG[lang])).toBe(true);
    await page.context().close();
  });
});
