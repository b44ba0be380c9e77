/** Tests of the production build in dist/ (run after `vite build`): precache and byte budgets. */
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/build/**/*.test.ts'], environment: 'node' },
});
