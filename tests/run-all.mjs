#!/usr/bin/env node
/**
 * `npm test`: every check, in order, failing on the first that fails:
 * typecheck, lint, content check, unit/content/component tests (with engine coverage at 100%),
 * the production build, then end-to-end tests in Chromium against that build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// On a fresh machine where this user may install packages (root with apt-get, as on CI), install
// Debian's Chromium first and say so, as `playwright install --with-deps` would; elsewhere, stop
// with the instructions. The browser tests are never skipped.
if (!existsSync(chromium) && !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('\nChromium is missing: installing Debian\'s chromium (apt-get update && apt-get install -y chromium)...\n');
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (!(apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium']))) console.error('Installing Chromium failed.');
}
if (!existsSync(chromium)) {
  console.error(
    `\nThe browser tests need Chromium at ${chromium}, and it is missing.\n` +
      'Install it with:  apt-get update && apt-get install -y chromium\n' +
      '(or set CHROMIUM_PATH to a Chromium binary). The browser tests are never skipped.\n',
  );
  process.exit(1);
}

mkdirSync('.tmp', { recursive: true });
const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
const results = [];

function step(name, cmd, args) {
  console.log(`\n━━ ${name} ━━ ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (${seconds}s)`);
    summary(1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}

function vitest(name, config, extra = []) {
  const out = `.tmp/${name}.json`;
  rmSync(out, { force: true });
  step(name, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...extra]);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  results.push({ passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests });
}

function summary(code) {
  const sum = (k) => results.reduce((n, r) => n + r[k], 0);
  const failed = sum('failed') + (code ? 1 : 0);
  console.log(`\nTests: ${sum('passed')} passed, ${failed} failed${sum('skipped') ? `, ${sum('skipped')} skipped` : ''}`);
  process.exit(code || (failed ? 1 : 0));
}

step('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('lint', 'npx', ['eslint', '.']);
step('content check', 'npx', ['tsx', 'src/content/cli.ts', 'check']);
vitest('unit', 'tests/vitest.config.ts', ['--coverage']);
step('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
vitest('build-checks', 'tests/build/vitest.config.ts');
vitest('e2e', 'tests/e2e/vitest.config.ts');
summary(0);
