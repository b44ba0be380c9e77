/** Starts `vite preview` on the built dist/ for the whole e2e run, and stops it afterwards. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { CHROMIUM } from '../bench/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 4173);
/** The build to serve: dist/ unless E2E_DIST names another folder (absolute or from the repo root). */
const dist = resolve(root, process.env.E2E_DIST ?? 'dist');
const base = `http://localhost:${port}`;

async function answers(): Promise<boolean> {
  try {
    const res = await fetch(`${base}/es/`, { signal: AbortSignal.timeout(2_000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** The newest modification time under a folder, build leftovers aside (content/ and src/ change while people work). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && !entry.parentPath.includes('node_modules')) latest = Math.max(latest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return latest;
}

export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`${dist}/index.html is missing: run npm run build first (or VITE_CONFIG_NATIVE_IGNORE_WARNING=true npx vite build).`);
  }
  const built = statSync(`${dist}/index.html`).mtimeMs;
  if (newest(`${root}/content`) > built || newest(`${root}/src`) > built) {
    // The tests read their expected text from content/: an old build gives confusing failures.
    console.warn('\n⚠ dist/ is older than content/ or src/: the tests may expect text the build does not have yet. Rebuild first.\n');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error('Chromium is missing: apt-get install -y chromium, or set CHROMIUM_PATH.');
  }
  if (await answers()) {
    throw new Error(`Something already answers on ${base}; stop it or set E2E_PORT to a free port.`);
  }

  let output = '';
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', dist], {
    cwd: root,
    detached: true, // its own process group, so teardown stops npx and vite together
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  let exited: number | null | undefined;
  server.on('exit', (code) => (exited = code));

  const stop = async () => {
    if (server.pid === undefined || exited !== undefined) return;
    const gone = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      return; // already gone
    }
    await Promise.race([gone, new Promise((r) => setTimeout(r, 5_000))]);
    if (exited === undefined) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        /* gone meanwhile */
      }
    }
  };

  const deadline = Date.now() + 60_000;
  while (!(await answers())) {
    if (exited !== undefined) throw new Error(`vite preview exited (code ${exited}) before answering on ${base}:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not answer on ${base} within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return stop;
}
