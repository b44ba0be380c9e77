/**
 * Every question, check page and result has its own prerendered HTML in both languages, showing that
 * step's heading: a shared or reloaded link paints the right page before any script runs.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent, CONTENT_DIR } from '../../src/content/build';
import { CHECK, pageSteps } from '../../src/engine';
import { DIST, read } from './dist';

const content = buildContent(CONTENT_DIR);

type Texts = { nodes: Record<string, { question?: string; title?: string }> };
const heading = (lang: string, flow: string, step: string): string => {
  if (step === CHECK) return (content.texts[lang]!.common as { flow: { checkTitle: string } }).flow.checkTitle;
  const node = (content.texts[lang]![flow] as Texts).nodes[step]!;
  return (node.question ?? node.title)!;
};

const decode = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe.each(['es', 'en'])('step pages in %s', (lang) => {
  it.each(content.flows.map((f) => [f.id, f] as const))('%s: every step has a page with its own heading', (_id, flow) => {
    for (const step of pageSteps(flow)) {
      const file = `${lang}/flows/${flow.id}/${step}/index.html`;
      expect(existsSync(join(DIST, file)), file).toBe(true);
      const html = read(file).toString();
      expect(decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''), file).toBe(heading(lang, flow.id, step));
      expect(html, `${file} says which page it is`).toContain(`<html lang="${lang}"`);
    }
  });
});
