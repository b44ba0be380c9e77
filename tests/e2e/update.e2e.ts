/**
 * A new version is deployed while a person is half-way through a flow: the service worker finds
 * it, a polite prompt offers it, ignoring it changes nothing, and accepting reloads the SAME URL
 * (answers kept) under the new service worker, with the old precache entries gone.
 *
 * Build A is the build under test (E2E_DIST); build B is the same source built again with another
 * SITE_ORIGIN, which changes every prerendered page and so the precache manifest. Both are served
 * by a switchable static server of this test's own (not the global preview).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectH1, launchPersistent, type PersistentSession } from './support/browser';
import { ft, stepOf, stepPath, t } from './support/content';
import { startStaticServer, type StaticServer } from './support/static-server';
import { watchErrors } from './support/pages';

const root = fileURLToPath(new URL('../..', import.meta.url));
const distA = resolve(root, process.env.E2E_DIST ?? 'dist');
const distB = resolve(root, process.env.E2E_DIST_B ?? '.tmp/dist-e2e-b2');
const PORT = Number(process.env.E2E_UPDATE_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1);
const ANSWERS = 'has-certificate:no,document:carne';
const URL_MID_FLOW = stepPath('es', 'document', ANSWERS);

/** The precache manifest of a build: the cache URL of each entry (workbox adds __WB_REVISION__ to unhashed files). */
function precacheUrls(dist: string, base: string): Set<string> {
  const sw = readFileSync(`${dist}/sw.js`, 'utf8');
  const entries = [...sw.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:\s*(null|"([0-9a-f]+)")\s*\}/g)];
  return new Set(entries.map(([, url, , rev]) => `${base}/${url}${rev ? `?__WB_REVISION__=${rev}` : ''}`));
}

/** Every request URL cached by the page's origin, in every cache. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });

const swState = (page: Page) =>
  page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return { controller: navigator.serviceWorker.controller?.scriptURL ?? null, waiting: !!reg?.waiting, installing: !!reg?.installing };
  });

let server: StaticServer;
let s: PersistentSession;
let page: Page;
let errors: string[];

beforeAll(async () => {
  // Build B, unless a build B newer than build A (and than src/) is already there.
  const fresh = existsSync(`${distB}/sw.js`) && statSync(`${distB}/sw.js`).mtimeMs > statSync(`${distA}/sw.js`).mtimeMs && !process.env.E2E_REBUILD;
  if (!fresh) {
    await promisify(execFile)('npx', ['vite', 'build', '--outDir', distB, '--logLevel', 'error'], {
      cwd: root,
      // A production build like build A: without vitest's NODE_ENV=test, which would make workbox
      // emit a development service worker.
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))), VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', SITE_ORIGIN: 'https://update-b.rumbo.test' },
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  server = await startStaticServer(PORT, distA);
  s = await launchPersistent({ baseURL: server.base });
  page = s.page;
  errors = watchErrors(page).errors;
}, 300_000);
afterAll(async () => {
  await s?.close();
  await server?.close();
});

it('build B really is another version: another sw.js and precache manifest', () => {
  expect(readFileSync(`${distB}/sw.js`, 'utf8')).not.toBe(readFileSync(`${distA}/sw.js`, 'utf8'));
  const a = precacheUrls(distA, server.base);
  const b = precacheUrls(distB, server.base);
  expect(a.size).toBeGreaterThan(10);
  expect([...a].filter((u) => !b.has(u)).length, 'entries of A that B no longer has').toBeGreaterThan(0);
});

it('mid-flow: the prompt appears, ignoring it keeps the flow working, Update reloads the same URL under the new worker', async () => {
  // Build A, the person half-way through the flow, the page controlled by A's service worker.
  await page.goto(URL_MID_FLOW);
  await expectH1(page, ft('es', 'nodes.document.question'));
  await page.evaluate(async () => {
    const sw = (await navigator.serviceWorker.ready).active!;
    if (sw.state !== 'activated') await new Promise((ok) => sw.addEventListener('statechange', () => sw.state === 'activated' && ok(null)));
  });
  await page.reload();
  await expectH1(page, ft('es', 'nodes.document.question'));
  expect((await swState(page)).controller, 'A controls the page').toBe(`${server.base}/sw.js`);
  const before = await cachedUrls(page);
  const onlyA = [...precacheUrls(distA, server.base)].filter((u) => !precacheUrls(distB, server.base).has(u));
  expect(before.filter((u) => onlyA.includes(u)).length, "A's own entries in the cache before the update").toBeGreaterThan(0);

  // Deploy B, then the person comes back to the tab (the app checks for updates on visibilitychange).
  server.serve(distB);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const status = page.locator('.pwa-status');
  await status.getByText(t('es', 'pwa.update')).waitFor({ timeout: 45_000 });
  const update = status.getByRole('button', { name: t('es', 'pwa.updateAction'), exact: true });
  expect(await update.isVisible()).toBe(true);
  expect(await status.getAttribute('aria-live'), 'the prompt is polite').toBe('polite');
  expect(await swState(page)).toMatchObject({ controller: `${server.base}/sw.js`, waiting: true });

  // Ignoring it: the flow goes on as before, with the old worker, and the prompt stays available.
  expect(await page.isChecked('#document-carne'), 'the chosen answer is pre-selected').toBe(true);
  await page.getByRole('button', { name: t('es', 'flow.continue') }).click();
  await page.waitForURL((u) => stepOf(u) === 'insured');
  await expectH1(page, ft('es', 'nodes.insured.question'));
  await page.getByRole('link', { name: t('es', 'flow.back'), exact: true }).click();
  await page.waitForURL((u) => stepOf(u) === 'document');
  await expectH1(page, ft('es', 'nodes.document.question'));
  const here = page.url();
  expect(here).toContain(`a=${ANSWERS}`);
  expect(await update.isVisible(), 'the prompt is still there').toBe(true);

  // Update: the same URL again, the answer still chosen, the new worker in control.
  // Known intermittent failure under CPU load: Chromium keeps the old worker as a "lame duck" after
  // SKIP_WAITING, the new one stays waiting, and nothing happens on the page (a plain reload then
  // activates it). The app has no fallback for that; see the report.
  const reloaded = page.waitForEvent('load', { timeout: 20_000 }).then(
    () => undefined,
    async () => `no reload 20 s after Update: ${JSON.stringify(await swState(page))}`,
  );
  await update.click();
  expect(await reloaded, 'clicking Update reloads the page').toBeUndefined();
  expect(page.url(), 'the URL after updating').toBe(here);
  await expectH1(page, ft('es', 'nodes.document.question'));
  expect(await page.isChecked('#document-carne'), 'the chosen answer is still pre-selected').toBe(true);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10_000 });
  expect(await swState(page)).toEqual({ controller: `${server.base}/sw.js`, waiting: false, installing: false });
  expect(await status.getByText(t('es', 'pwa.update')).count(), 'no prompt after updating').toBe(0);

  // Old precache entries are gone: everything cached is in B's manifest.
  const b = precacheUrls(distB, server.base);
  const after = await cachedUrls(page);
  expect(after.length).toBeGreaterThan(10);
  expect(after.filter((u) => !b.has(u)), "cached URLs that are not B's").toEqual([]);
  expect(errors, 'uncaught errors').toEqual([]);
});

it('sent no request outside the app origin (the service workers included)', () => {
  const origin = new URL(server.base).origin;
  expect(s.requests.urls.length).toBeGreaterThan(0);
  expect(s.requests.urls.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin)).toEqual([]);
  expect(server.log.some((p) => p.startsWith('/sw.js')), 'the server saw the service worker fetched').toBe(true);
});
