import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', '.tmp/**', 'content/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The engine must stay free of UI code.
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['preact', 'preact/*', 'preact-iso', 'i18next', 'rosetta', '../i18n*', '../components*', '../pages*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'location'],
    },
  },
  {
    // Tests and tools run in Node and hand code to the browser (page.evaluate).
    files: ['tests/**/*.{ts,tsx,mjs}', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
