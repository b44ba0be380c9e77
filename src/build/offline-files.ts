/**
 * Build only: the list of what the service worker keeps for offline use (its precache), written
 * beside it as `/offline-files.json`, each file with the key it has in the worker's cache. With it
 * the app can tell, when it starts online, that its offline copy is incomplete (the browser or a
 * person deleted the caches while the worker stayed registered) and put back what is missing,
 * without a prompt (src/pwa/offline-copy.ts). A worker that is already installed never installs
 * again, and `registration.update()` finds the same sw.js, so nothing else would.
 *
 * The keys are workbox's (workbox-precaching's createCacheKey: the file's URL, with its revision as
 * `__WB_REVISION__` when its name has no hash), and so is the cache's name: kept here, in one
 * place, and held to the real worker by tests/e2e/kept-on-phone.e2e.ts.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { ManifestTransform } from 'workbox-build';

export const OFFLINE_FILES = 'offline-files.json';

export interface OfflineFiles {
  /** The cache's name, without the worker's scope (workbox appends it). */
  cache: string;
  /** Each file's URL and its key in the cache. */
  files: { url: string; key: string }[];
}

export function cacheKey(url: string, revision: string | null | undefined): string {
  const path = `/${url.replace(/^\//, '')}`;
  return revision ? `${path}${path.includes('?') ? '&' : '?'}__WB_REVISION__=${encodeURIComponent(revision)}` : path;
}

/** A plugin that learns where the build is written, and the manifest transform that writes the list there. */
export function offlineFiles(): { plugin: Plugin; transform: ManifestTransform } {
  let config: ResolvedConfig | undefined;
  return {
    plugin: {
      name: 'rumbo-offline-files',
      apply: 'build',
      configResolved(resolved) {
        config = resolved;
      },
    },
    transform: (entries) => {
      if (!config) throw new Error('rumbo-offline-files: the build folder is not known');
      const list: OfflineFiles = {
        cache: 'workbox-precache-v2-',
        files: entries.map((e) => ({ url: `/${e.url.replace(/^\//, '')}`, key: cacheKey(e.url, e.revision) })),
      };
      writeFileSync(resolve(config.root, config.build.outDir, OFFLINE_FILES), JSON.stringify(list));
      return { manifest: entries };
    },
  };
}
