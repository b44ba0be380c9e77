/** Which chunks start with V8's compile hint, and how it is added (src/build/compile-hints.ts). */
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { COMPILE_HINT, MIN_CHUNK_BYTES, compileHints, wantsHint } from '../../../src/build/compile-hints';

const code = (bytes: number) => `export function f(){return 1}${' '.repeat(Math.max(0, bytes - 29))}`;
const chunk = (fileName: string, moduleIds: string[], text: string, map?: string): Rollup.OutputChunk =>
  ({ type: 'chunk', fileName, moduleIds, code: text, map: map ? { mappings: map } : null }) as unknown as Rollup.OutputChunk;

function runPlugin(bundle: Rollup.OutputBundle) {
  const hook = compileHints().generateBundle as { order: string; handler: (options: unknown, bundle: Rollup.OutputBundle) => void };
  expect(hook.order).toBe('post');
  hook.handler({}, bundle);
}

describe('wantsHint', () => {
  it('chunks of code of at least 2 kB', () => {
    expect(wantsHint(chunk('a.js', ['/src/app.tsx', '/node_modules/preact/dist/preact.mjs'], code(MIN_CHUNK_BYTES)))).toBe(true);
  });

  it('not tiny chunks, which compile in a moment', () => {
    expect(wantsHint(chunk('a.js', ['/src/format.ts'], code(MIN_CHUNK_BYTES - 1)))).toBe(false);
  });

  it('not data chunks (text, flows, facts), which hold no functions', () => {
    expect(wantsHint(chunk('es.js', ['\0virtual:rumbo/common/es', '\0virtual:rumbo/flow/asylum/es'], code(20_000)))).toBe(false);
  });

  it('a chunk with some code among its data', () => {
    expect(wantsHint(chunk('es.js', ['\0virtual:rumbo/search/es', '/node_modules/minisearch/index.js'], code(5000)))).toBe(true);
  });
});

describe('compileHints', () => {
  it('puts the hint on the first line, above the line Vite adds, and moves the source map down a line', () => {
    const first = 'const __vite__mapDeps=(i)=>i;';
    const main = chunk('assets/main.js', ['/src/main.tsx'], `${first}\n${code(3000)}`, 'AAAA;CACA');
    const bundle = {
      'assets/main.js': main,
      'assets/main.js.map': { type: 'asset', fileName: 'assets/main.js.map', source: JSON.stringify({ version: 3, mappings: 'AAAA;CACA' }) },
    } as unknown as Rollup.OutputBundle;
    runPlugin(bundle);
    const lines = main.code.split('\n');
    expect(lines[0]).toBe(COMPILE_HINT);
    expect(lines[1]).toBe(first);
    expect(main.map?.mappings).toBe(';AAAA;CACA');
    const asset = bundle['assets/main.js.map'] as Rollup.OutputAsset;
    expect(JSON.parse(String(asset.source)).mappings).toBe(';AAAA;CACA');
  });

  it('leaves data and tiny chunks, and other files, as they were', () => {
    const data = chunk('assets/es.js', ['\0virtual:rumbo/common/es'], code(20_000));
    const tiny = chunk('assets/format.js', ['/src/format.ts'], code(500));
    const dataCode = data.code;
    const tinyCode = tiny.code;
    const css = { type: 'asset', fileName: 'assets/main.css', source: 'body{}' } as unknown as Rollup.OutputAsset;
    runPlugin({ 'assets/es.js': data, 'assets/format.js': tiny, 'assets/main.css': css } as Rollup.OutputBundle);
    expect(data.code).toBe(dataCode);
    expect(tiny.code).toBe(tinyCode);
    expect(css.source).toBe('body{}');
  });
});
