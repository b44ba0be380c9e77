/**
 * A tiny suspense cache for components: `useResource` returns the value once loaded, and until then
 * throws the promise, which preact-iso's router (in the browser) and renderToStringAsync (when
 * prerendering) wait for. Like preact-iso's `lazy`, the component re-renders itself once the value
 * is there, since a parent re-rendering the same vnode would not reach it.
 */
import { useRef, useState } from 'preact/hooks';

interface Entry {
  value?: unknown;
  error?: unknown;
  promise: Promise<void>;
}

const cache = new Map<string, Entry>();

function entryFor(key: string, load: () => Promise<unknown>): Entry {
  let entry = cache.get(key);
  if (!entry) {
    const created: Entry = {
      promise: load().then(
        (v) => void (created.value = v),
        (e: unknown) => void (created.error = e),
      ),
    };
    entry = created;
    cache.set(key, entry);
  }
  return entry;
}

/**
 * The value for `key`, loading it on first use. `ready` can supply a value that is already at hand
 * (so a page being hydrated never suspends for it).
 */
export function useResource<T>(key: string, load: () => Promise<T>, ready?: () => T | undefined): T {
  const [, update] = useState(0);
  const waiting = useRef<string | undefined>(undefined);
  const now = ready?.();
  if (now !== undefined) return now;
  const entry = entryFor(key, load);
  if ('error' in entry) {
    cache.delete(key); // try again next time (for example once back online)
    throw entry.error;
  }
  if ('value' in entry) return entry.value as T;
  if (waiting.current !== key) {
    waiting.current = key;
    void entry.promise.then(() => update((n) => n + 1));
  }
  throw entry.promise;
}

/** Starts loading `key` ahead of the component that will ask for it (same cache as useResource). */
export function preloadResource(key: string, load: () => Promise<unknown>): Promise<void> {
  return entryFor(key, load).promise;
}
