/**
 * Rumbo's offline copy: what the service worker keeps (its precache, listed by the build in
 * /offline-files.json, src/build/offline-files.ts), whether all of it is on the device, and putting
 * back, without a prompt, what is missing.
 *
 * A worker stays registered when its caches are deleted (by the browser, a cleaning app, a person
 * in the browser's settings), and it never installs again by itself: `registration.update()` finds
 * the same sw.js, and registering again returns the same worker (measured in Chromium). Each time
 * the app starts online, once its worker is active, it reads the list and fetches whatever is
 * missing into the worker's cache, under the key the worker looks for, so the next start without
 * a signal finds everything.
 */
import type { OfflineFiles } from '../build/offline-files';

/**
 * unsupported: the browser has no service worker or caches; none: no worker yet (the first visit
 * saves the copy); restoring: putting back what was missing; incomplete: something is missing and
 * could not be fetched (no signal).
 */
export type OfflineState = 'checking' | 'unsupported' | 'none' | 'restoring' | 'ready' | 'incomplete';

let current: OfflineState = 'checking';
let running: Promise<OfflineState> | undefined;
const listeners = new Set<(state: OfflineState) => void>();

function set(state: OfflineState): OfflineState {
  current = state;
  listeners.forEach((l) => l(state));
  return state;
}

/** Calls `listener` with the state now and whenever it changes (checking first if nobody has). */
export function watchOfflineCopy(listener: (state: OfflineState) => void): () => void {
  listeners.add(listener);
  listener(current);
  void mendOfflineCopy();
  return () => void listeners.delete(listener);
}

/** Checks the offline copy and puts back what is missing: once per start of the app. */
export function mendOfflineCopy(): Promise<OfflineState> {
  running ??= mend().then(set, () => set('incomplete'));
  return running;
}

/** The registration once its worker is active (it has kept everything once), or undefined. */
async function activeRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration) return undefined;
  if (registration.active) return registration;
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, 60_000));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

async function list(): Promise<OfflineFiles | undefined> {
  try {
    const response = await fetch('/offline-files.json', { cache: 'no-cache' });
    return response.ok ? ((await response.json()) as OfflineFiles) : undefined;
  } catch {
    return undefined;
  }
}

const absolute = (path: string) => new URL(path, location.origin).href;

async function missingFiles(cache: Cache, files: OfflineFiles['files']): Promise<OfflineFiles['files']> {
  const found = await Promise.all(files.map((f) => cache.match(absolute(f.key))));
  return files.filter((_, i) => !found[i]);
}

/** Fetches each file (through the worker, which fetches what it lacks) and keeps it under its key. */
async function restore(cache: Cache, files: OfflineFiles['files']): Promise<void> {
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      try {
        const response = await fetch(f.url, { cache: 'reload', credentials: 'same-origin' });
        if (!response.ok || response.type !== 'basic') continue;
        // A redirected response cannot answer a navigation: kept as a plain copy, as workbox does.
        const copy = response.redirected ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers }) : response;
        await cache.put(absolute(f.key), copy);
      } catch {
        /* the signal went: what is still missing is fetched on the next start */
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

async function mend(): Promise<OfflineState> {
  if (!('serviceWorker' in navigator) || typeof caches === 'undefined') return 'unsupported';
  const registration = await activeRegistration();
  if (!registration) return 'none';
  // A new version installing fills the cache itself; the next start checks what it left.
  if (registration.installing) return 'ready';
  const files = navigator.onLine ? await list() : undefined;
  // Without a signal the list cannot be read: the page is working, from its worker.
  if (!files) return navigator.serviceWorker.controller ? 'ready' : 'none';
  const cache = await caches.open(files.cache + registration.scope);
  const missing = await missingFiles(cache, files.files);
  if (missing.length === 0) return 'ready';
  set('restoring');
  await restore(cache, missing);
  return (await missingFiles(cache, missing)).length === 0 ? 'ready' : 'incomplete';
}
