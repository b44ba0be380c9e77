/**
 * /offline-files.json (src/build/offline-files.ts) lists what the service worker keeps, with each
 * file's key in its cache: the app reads it to see that its offline copy is whole, and to put back
 * what is missing. It must be the whole precache, no more, with the revision the worker expects.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, read } from './dist';

interface Listed {
  cache: string;
  files: { url: string; key: string }[];
}

const listed = JSON.parse(read('offline-files.json').toString()) as Listed;
/** The worker's own list: `{url:"…",revision:"…"|null}` in sw.js. */
const precache = [...read('sw.js').toString().matchAll(/\{url:"([^"]+)",revision:(?:"([^"]+)"|null)\}/g)].map((m) => ({ url: `/${m[1]!.replace(/^\//, '')}`, revision: m[2] }));

describe('the list of what the service worker keeps', () => {
  it('is the whole precache, each file once', () => {
    expect(precache.length).toBeGreaterThan(50);
    expect(listed.files.map((f) => f.url).sort()).toEqual([...new Set(precache.map((e) => e.url))].sort());
    expect(new Set(listed.files.map((f) => f.url)).size).toBe(listed.files.length);
  });

  it("gives each file the key workbox keeps it under: its URL, with its revision when its name has no hash", () => {
    const revision = new Map(precache.map((e) => [e.url, e.revision]));
    for (const f of listed.files) {
      const r = revision.get(f.url);
      expect(f.key, f.url).toBe(r ? `${f.url}?__WB_REVISION__=${r}` : f.url);
    }
    expect(listed.files.filter((f) => f.key.includes('__WB_REVISION__')).length, 'pages and manifests carry a revision').toBeGreaterThan(5);
    expect(listed.cache).toBe('workbox-precache-v2-');
  });

  it('names real files of the build, and is not itself precached (it describes the cache)', () => {
    expect(listed.files.filter((f) => !existsSync(join(DIST, f.url)))).toEqual([]);
    expect(precache.map((e) => e.url)).not.toContain('/offline-files.json');
  });
});
