/**
 * End-to-end tests: the production build (dist/, built beforehand) served by `vite preview`,
 * driven in the system Chromium with playwright-core.
 *   VITE_CONFIG_NATIVE_IGNORE_WARNING=true npx vite build
 *   npx vitest run --config tests/e2e/vitest.config.ts
 * E2E_PORT (default 4173) picks the preview port; CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // Two cores: one browser at a time.
    fileParallelism: false,
  },
});
