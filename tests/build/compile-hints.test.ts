/**
 * The code a page runs as it loads starts with V8's compile hint (src/build/compile-hints.ts), as its
 * very first line, where V8 reads it; the language text and flow data, which hold no functions, do not.
 */
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, MIN_CHUNK_BYTES } from '../../src/build/compile-hints';
import { htmlPages, languageText, namedScripts, read, withStaticImports } from './dist';

const bootScripts = [...new Set(htmlPages().filter((p) => /^(es|en)\//.test(p)).flatMap((p) => withStaticImports(namedScripts(read(p).toString()))))].sort();
const text = (file: string) => read(file).toString();
const definesFunctions = (code: string) => /\bfunction\s*[\w$]*\s*\(|=>/.test(code);

describe('compile hints', () => {
  it('every script a page loads before its first draw that holds code, but the tiniest, starts with the hint', () => {
    const code = bootScripts.filter((f) => definesFunctions(text(f)) && read(f).length >= MIN_CHUNK_BYTES + COMPILE_HINT.length + 1);
    // The app itself, the flow page and the engine's step logic, at least.
    expect(code.length).toBeGreaterThanOrEqual(3);
    expect(code.filter((f) => !text(f).startsWith(`${COMPILE_HINT}\n`))).toEqual([]);
  });

  it('the entry script and the flow page are among them', () => {
    const entry = /<script\b[^>]*type="module"[^>]*src="\/([^"]+)"/.exec(text('es/index.html'))![1]!;
    expect(text(entry).split('\n')[0]).toBe(COMPILE_HINT);
    const flowPage = bootScripts.filter((f) => /\/FlowPage-[\w-]+\.js$/.test(f));
    expect(flowPage).toHaveLength(1);
    expect(text(flowPage[0]!).split('\n')[0]).toBe(COMPILE_HINT);
  });

  it('appears once in a file, and not in the language text or flow data', () => {
    const data = ['es', 'en'].map(languageText);
    const flowData = bootScripts.filter((f) => !definesFunctions(text(f)));
    expect(flowData.length).toBeGreaterThan(2);
    for (const file of [...data, ...flowData]) expect(text(file), file).not.toContain(COMPILE_HINT);
    for (const file of bootScripts) expect(text(file).split(COMPILE_HINT).length, file).toBeLessThanOrEqual(2);
  });
});
