// @vitest-environment happy-dom
/**
 * Every flow, in both languages: each question, the check page and every outcome render with all
 * their text (no missing text key), reached through the engine's own enumeration of paths.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { resolve } from 'node:path';
import { App } from '../../src/app';
import { i18n, loadLanguage } from '../../src/i18n';
import { buildContent } from '../../src/content/build';
import { encodeAnswers, enumeratePaths, recommendedFlows, walk } from '../../src/engine';
import { LANGS, stepHref } from '../../src/routes';

const content = buildContent(resolve(process.cwd(), 'content'));
const missing: string[] = [];

beforeAll(async () => {
  await Promise.all(LANGS.map(loadLanguage));
  i18n.on('missingKey', (_lang, ns, key) => missing.push(`${ns}:${key}`));
});

afterEach(() => {
  cleanup();
  missing.length = 0;
});

async function show(url: string): Promise<HTMLElement> {
  window.history.replaceState(null, '', url);
  render(<App url={url} />);
  return waitFor(() => screen.getByRole('heading', { level: 1 }), { timeout: 3000 });
}

for (const flow of content.flows) {
  const { paths } = enumeratePaths(flow);
  const byOutcome = new Map(paths.map((p) => [p.outcome.id, p]));
  for (const lang of LANGS) {
    const text = content.texts[lang]![flow.id] as { nodes: Record<string, { title?: string; question?: string }> };
    describe(`${flow.id} (${lang})`, () => {
      it('start page shows the flow title', async () => {
        const h1 = await show(stepHref(lang, flow.id, null));
        expect(h1.textContent).toBe((content.texts[lang]![flow.id] as { title: string }).title);
        expect(missing).toEqual([]);
      });

      for (const node of flow.nodes) {
        if (node.type !== 'single' && node.type !== 'multiple') continue;
        const path = paths.find((p) => p.questions.includes(node.id))!;
        it(`question "${node.id}" renders with its options`, async () => {
          const before = Object.fromEntries(path.questions.slice(0, path.questions.indexOf(node.id)).map((q) => [q, path.answers[q]!]));
          const h1 = await show(stepHref(lang, flow.id, node.id, encodeAnswers(flow, before)));
          expect(h1.textContent).toBe(text.nodes[node.id]!.question);
          const inputs = document.querySelectorAll(`input[name="${node.id}"]`);
          expect(inputs.length).toBe(node.options.length);
          expect(missing).toEqual([]);
        });
      }

      for (const [outcomeId, path] of byOutcome) {
        it(`outcome "${outcomeId}" renders with its sources and date`, async () => {
          const h1 = await show(stepHref(lang, flow.id, outcomeId, encodeAnswers(flow, path.answers)));
          expect(h1.textContent).toBe(text.nodes[outcomeId]!.title);
          const cited = [...document.querySelectorAll('.sources-box .source-refs a')].map((a) => a.textContent);
          expect(cited.length).toBeGreaterThan(0);
          expect(document.querySelector('.sources-box a[href*="/sources/#"], .sources-box a[href*="/references/#"]')).not.toBeNull();
          // What to bring, under the outcome's own heading where it has one (held by the police, in prison).
          const node = flow.nodes.find((n) => n.id === outcomeId)!;
          if (node.type === 'outcome' && node.bring) {
            const own = (text.nodes[outcomeId] as { bringTitle?: string }).bringTitle;
            expect(document.getElementById('bring-title')?.textContent).toBe(own ?? (content.texts[lang]!.common as { flow: { bring: string } }).flow.bring);
            expect(Boolean(own)).toBe(node.bringTitle === true);
          }
          // "What can help you" only when something fits these answers; otherwise the related guides.
          if (node.type === 'outcome') {
            const fits = recommendedFlows(node, walk(flow, path.answers).answers);
            expect(document.getElementById('fits-title') !== null, 'a list of what fits').toBe(fits.length > 0);
            if (!fits.length && flow.related?.length) expect(document.getElementById('related-title'), 'the related guides').not.toBeNull();
          }
          expect(missing).toEqual([]);
        });
      }

      it('check page lists every answer of a complete path', async () => {
        const path = paths[0]!;
        await show(stepHref(lang, flow.id, 'check', encodeAnswers(flow, path.answers)));
        expect(document.querySelectorAll('.answer-row').length).toBe(path.questions.length);
        expect(missing).toEqual([]);
      });
    });
  }
}

describe('a result whose recommendations fit none of the answers', () => {
  it('shows the related guides, not an empty "what can help you" heading (a Bolivian worker with valid papers)', async () => {
    const flow = content.flows.find((f) => f.id === 'work-rights')!;
    const answers = { need: ['rights'], 'id-document': ['valid'], bolivia: ['yes'] };
    expect(walk(flow, answers).outcome?.id).toBe('rights-bolivia');
    await show(stepHref('es', flow.id, 'rights-bolivia', encodeAnswers(flow, answers)));
    expect(document.getElementById('fits-title')).toBeNull();
    expect(document.getElementById('related-title')).not.toBeNull();
  });
});
