/** Installable as Chrome itself judges it, with a complete manifest, and nothing fetched from elsewhere. */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BASE, launchPersistent, waitForServiceWorker, type PersistentSession } from './support/browser';

interface Icon {
  src: string;
  sizes?: string;
  type?: string;
  purpose?: string;
}
interface Manifest {
  id?: string;
  lang?: string;
  description?: string;
  name?: string;
  short_name?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  icons?: Icon[];
  screenshots?: Icon[];
}

let s: PersistentSession;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  s = await launchPersistent();
  page = s.page;
  await page.goto('/es/');
  await waitForServiceWorker(page);
  cdp = await s.context.newCDPSession(page);
});
afterAll(async () => {
  await s?.close();
});

it('Chrome finds no installability error', async () => {
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  if (installabilityErrors.length) console.log('installability errors:', JSON.stringify(installabilityErrors, null, 2));
  expect(installabilityErrors).toEqual([]);
});

it('the manifest parses without errors and has name, icons (one maskable), start_url and display standalone', async () => {
  const { url, errors, data } = await cdp.send('Page.getAppManifest');
  if (errors.length) console.log('manifest errors:', JSON.stringify(errors, null, 2));
  expect(errors).toEqual([]);
  expect(url).toBe(`${BASE}/manifest.webmanifest`);
  const manifest = JSON.parse(data ?? '{}') as Manifest;
  expect(manifest.name?.trim()).toBeTruthy();
  expect(manifest.short_name?.trim()).toBeTruthy();
  expect(manifest.start_url).toBeTruthy();
  expect(new URL(manifest.start_url!, url).origin).toBe(new URL(BASE).origin);
  expect(manifest.display).toBe('standalone');
  const icons = manifest.icons ?? [];
  expect(icons.some((i) => i.purpose?.split(' ').includes('maskable')), 'a maskable icon').toBe(true);
  expect(icons.some((i) => i.sizes === '192x192' && (i.purpose ?? 'any').includes('any')), 'a 192x192 icon').toBe(true);
  expect(icons.some((i) => i.sizes === '512x512' && (i.purpose ?? 'any').includes('any')), 'a 512x512 icon').toBe(true);

  // Every image the manifest names loads and has the size it claims.
  const images = [...icons, ...(manifest.screenshots ?? [])];
  const measured = await page.evaluate(
    (srcs) =>
      Promise.all(
        srcs.map(async (src) => {
          const img = new Image();
          img.src = src;
          try {
            await img.decode();
            return `${img.naturalWidth}x${img.naturalHeight}`;
          } catch {
            return 'failed to load';
          }
        }),
      ),
    images.map((i) => i.src),
  );
  expect(Object.fromEntries(images.map((i, n) => [i.src, measured[n]]))).toEqual(Object.fromEntries(images.map((i) => [i.src, i.sizes])));
});

it('an English page links an English manifest for the same app; the link follows the language when the person switches it', async () => {
  const read = async () => {
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    return { url, manifest: JSON.parse(data ?? '{}') as Manifest };
  };
  await page.goto('/es/');
  const es = await read();
  await page.goto('/en/');
  await page.locator('h1').waitFor();
  const en = await read();
  expect(en.url).toBe(`${BASE}/manifest-en.webmanifest`);
  expect(en.manifest).toMatchObject({ lang: 'en', id: es.manifest.id, start_url: es.manifest.start_url, scope: es.manifest.scope });
  expect(es.manifest.lang).toBe('es');
  expect(en.manifest.name).toMatch(/migrants in Peru/);
  expect(en.manifest.description).toMatch(/Works without internet/);
  expect(es.manifest.name).toMatch(/personas migrantes en el Perú/);
  expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
  // In the app, without a page load: the link follows the language.
  await page.waitForFunction(() => document.documentElement.dataset.textSize !== undefined);
  await page.locator('a.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await expect.poll(() => page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'))).toBe('/manifest.webmanifest');
  expect((await read()).url).toBe(`${BASE}/manifest.webmanifest`);
});

it('sent no request outside the app origin', () => {
  s.requests.expectOnlyOwnOrigin();
});
