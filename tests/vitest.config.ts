/** Unit, content and component tests (happy-dom for components). E2E tests have their own config. */
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { rumboContent } from '../src/content/vite-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  plugins: [preact({ prerender: { enabled: false } }), rumboContent(fileURLToPath(new URL('../content', import.meta.url)))],
  define: { __SITE_ORIGIN__: JSON.stringify('http://localhost:4173') },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/content/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['src/engine/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { branches: 100, functions: 100, lines: 100, statements: 100 },
    },
  },
});
