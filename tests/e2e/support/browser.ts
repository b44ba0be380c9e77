/**
 * Chromium for the e2e tests: the system browser with the flags that work on this machine, a plain
 * (incognito) browser or a persistent profile (service worker, installability), and a recorder
 * of every request, so a test can prove nothing left the app's own origin.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CHROMIUM, FLAGS } from '../../bench/chromium.mjs';

export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE = `http://localhost:${PORT}`;
export const ORIGIN = new URL(BASE).origin;
/** The system Chromium and the flags that work on this machine, as the bench uses them. */
export { CHROMIUM, FLAGS };
/** A person would not wait longer than this for a page or a reaction. */
export const ACTION_TIMEOUT = 15_000;
export const VIEWPORT = { width: 360, height: 740 };

/** Every request URL seen by the contexts it watches (service-worker requests included). */
export class RequestRecorder {
  readonly urls: string[] = [];

  watch(context: BrowserContext): void {
    context.on('request', (request) => this.urls.push(request.url()));
  }

  /** Requests to anything but the app's origin (data: and blob: never leave the device). */
  foreign(): string[] {
    return this.urls.filter((u) => {
      const url = new URL(u);
      if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
      return url.origin !== ORIGIN;
    });
  }

  /** Asserts requests were seen at all (the recorder works) and all went to the app's own origin. */
  expectOnlyOwnOrigin(): void {
    expect(this.urls.length, 'the recorder saw no request at all').toBeGreaterThan(0);
    expect(this.foreign(), `requests outside ${ORIGIN}`).toEqual([]);
  }
}

function contextOptions(options: BrowserContextOptions = {}): BrowserContextOptions {
  return { viewport: VIEWPORT, baseURL: BASE, locale: 'es-PE', ...options };
}

/** One browser for a test file; each context it opens is recorded. */
export interface Session {
  browser: Browser;
  requests: RequestRecorder;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(): Promise<Session> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const requests = new RequestRecorder();
  const newContext = async (options?: BrowserContextOptions) => {
    const context = await browser.newContext(contextOptions(options));
    context.setDefaultTimeout(ACTION_TIMEOUT);
    requests.watch(context);
    return context;
  };
  return {
    browser,
    requests,
    newContext,
    newPage: async (options) => (await newContext(options)).newPage(),
    close: () => browser.close(),
  };
}

/** A real (non-incognito) profile in a fresh temporary folder, removed on close. */
export interface PersistentSession {
  context: BrowserContext;
  page: Page;
  requests: RequestRecorder;
  close(): Promise<void>;
}

export async function launchPersistent(options: BrowserContextOptions = {}): Promise<PersistentSession> {
  const dir = mkdtempSync(join(tmpdir(), 'rumbo-e2e-'));
  const requests = new RequestRecorder();
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    ...contextOptions(options),
  });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  requests.watch(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    requests,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits for the service worker to be active, then reloads once (with registerType 'prompt' the
 * first load is not controlled) and asserts the page is controlled.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  expect(['activating', 'activated']).toContain(state);
  await page.evaluate(async () => {
    const sw = (await navigator.serviceWorker.ready).active;
    if (sw && sw.state !== 'activated') {
      await new Promise<void>((resolve) => sw.addEventListener('statechange', () => sw.state === 'activated' && resolve()));
    }
  });
  await page.reload();
  const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
  expect(controller, 'the service worker does not control the page after one reload').toBe(`${BASE}/sw.js`);
}

/** The text of the page's h1 once it is there. */
export async function h1(page: Page): Promise<string> {
  const heading = page.locator('h1');
  await heading.first().waitFor();
  return (await heading.first().innerText()).trim();
}

/** Waits until the page's only h1 reads `text` (pages render after their chunks load). */
export async function expectH1(page: Page, text: string): Promise<void> {
  const heading = page.locator('h1');
  try {
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent?.trim() === t, text, { timeout: 10_000 });
  } catch {
    /* reported below with the actual text */
  }
  expect(await heading.count(), `exactly one h1 on ${page.url()}`).toBe(1);
  expect((await heading.innerText()).trim(), `h1 on ${page.url()}`).toBe(text);
}

export async function htmlLang(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('lang'));
}

/** The id of the focused element (after in-app navigation, focus goes to the h1, id page-title). */
export async function activeId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}
