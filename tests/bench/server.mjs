/**
 * The bench's own production build and `vite preview` server, plus the bare pages that are the floors
 * for LCP. The server runs in its own process group so that stopping it also stops npx's children.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The build folder as Vite sees it (the Vite root is src/) and as the bench sees it. */
export const OUT_DIR_FROM_SRC = '../.tmp/bench-dist';
export const outDir = (root) => join(root, '.tmp', 'bench-dist');

const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };

/** Runs a command in the repo root; resolves with its output, rejects (with the output) on failure. */
function run(root, cmd, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => killGroup(child), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${out.slice(-4000)}`));
    });
  });
}

function killGroup(child, signal = 'SIGTERM') {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

const BARE_HEAD =
  '<!doctype html>\n<html lang="es">\n<head>\n<meta charset="utf-8">\n' +
  '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Rumbo bench floor</title>\n<link rel="icon" href="data:,">\n' +
  '<meta name="description" content="La página más sencilla posible: el suelo del LCP.">\n';
const BARE_BODY =
  '<body>\n<p>Rumbo te hace unas preguntas sencillas y te dice qué servicios te corresponden, qué hacer, qué llevar y a dónde ir.</p>\n</body>\n</html>\n';

/**
 * Builds the production app into .tmp/bench-dist, then adds the floors for LCP: bare.html (one
 * paragraph, no request) and bare-script.html (the same with one tiny module script, the least any
 * page that runs a script can ask for).
 */
export async function build(root) {
  await run(root, 'npx', ['vite', 'build', '--outDir', OUT_DIR_FROM_SRC], 180_000);
  writeFileSync(join(outDir(root), 'bare.html'), `${BARE_HEAD}</head>\n${BARE_BODY}`);
  writeFileSync(join(outDir(root), 'bare-script.html'), `${BARE_HEAD}<script type="module" src="/bare-script.js"></script>\n</head>\n${BARE_BODY}`);
  writeFileSync(join(outDir(root), 'bare-script.js'), "document.documentElement.dataset.script = 'ran';\n");
}

/** A port that is free now on 127.0.0.1 (vite preview is then told --strictPort). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early (exit ${child.exitCode})`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`vite preview did not answer ${url} within ${timeoutMs} ms`);
}

/** Starts `vite preview` on the bench build; returns its base URL and a stop() that always works. */
export async function startPreview(root) {
  const port = await freePort();
  const args = ['vite', 'preview', '--outDir', OUT_DIR_FROM_SRC, '--port', String(port), '--strictPort'];
  const child = spawn('npx', args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    killGroup(child, 'SIGTERM');
    const late = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(late);
  };
  const base = `http://localhost:${port}`;
  try {
    await waitUntilUp(`${base}/bare.html`, child, 30_000);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n${log.slice(-2000)}`, { cause: error });
  }
  return { base, port, stop };
}
