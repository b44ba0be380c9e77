/** Loads and validates content/, throwing a ContentError that names every problem. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { loadContent } from './load';
import { ContentError } from './problems';
import { validateContent, type Content } from './validate';
import type { RecordBlock } from './record';
import { translatedRecord } from './record-translation';
import { maxQuestions } from '../engine';

/** The checked content, with Rumbo's translations of the record as the sources page shows them. */
export interface BuiltContent extends Content {
  /** recordTranslations[lang]: the record's blocks in that language (src/content/record-translation.ts). */
  recordTranslations: Record<string, RecordBlock[]>;
}

export function buildContent(contentDir: string): BuiltContent {
  const { raw, problems } = loadContent(contentDir);
  const result = validateContent(raw);
  const all = [...problems, ...result.problems];
  if (all.length || !result.content) throw new ContentError(all);
  const { record } = result.content;
  return { ...result.content, recordTranslations: Object.fromEntries(raw.recordTranslations.map((t) => [t.lang, translatedRecord(record, t)])) };
}

export interface CatalogEntry {
  id: string;
  service: string;
  icon: string;
  order: number;
  reviewed: string;
  maxQuestions: number;
}

export function catalog(content: Content): CatalogEntry[] {
  return [...content.flows]
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((f) => ({
      id: f.id,
      service: f.service,
      icon: f.icon,
      order: f.order,
      reviewed: f.reviewed,
      maxQuestions: maxQuestions(f),
    }));
}

/**
 * The common UI text of one language, with every flow's title and description added under
 * `catalog.<flow>`: the home page lists the services in the page's language only. The sections
 * one page alone shows (PAGE_SECTIONS) are left out: they come with that page (pageTexts).
 */
export function commonTexts(content: Content, lang: string): Record<string, unknown> {
  const catalogText = Object.fromEntries(
    content.flows.map((f) => {
      const t = content.texts[lang]?.[f.id] as { title?: string; description?: string } | undefined;
      return [f.id, { title: t?.title ?? '', description: t?.description ?? '' }];
    }),
  );
  const shared: Record<string, unknown> = { ...(content.texts[lang]?.common ?? {}) };
  for (const section of PAGE_SECTIONS) delete shared[section];
  return { ...shared, catalog: catalogText };
}

/**
 * Sections of common.json that one page's code alone shows (a page and, for `search`, the search
 * form on home and on the search page). They ship inside that code, in every language, so the
 * pages a person opens most (the flows) do not download them.
 */
export const PAGE_SECTIONS = ['about', 'settings', 'help', 'results', 'search', 'sources'] as const;
export type PageSection = (typeof PAGE_SECTIONS)[number];

/** One page section in every language: `{ es: { about: {...} }, en: { about: {...} } }`. */
export function pageTexts(content: Content, section: PageSection): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    content.languages.map((lang) => [lang, { [section]: (content.texts[lang]?.common as Record<string, unknown> | undefined)?.[section] ?? {} }]),
  );
}

export interface OutcomeEntry {
  flow: string;
  outcome: string;
  title: Record<string, string>;
}

/** Every outcome of every flow, in home-page order: the caseworker index. */
export function outcomeIndex(content: Content): OutcomeEntry[] {
  const title = (lang: string, flow: string, outcome: string) => {
    const nodes = (content.texts[lang]?.[flow] as { nodes?: Record<string, { title?: string }> } | undefined)?.nodes;
    return String(nodes?.[outcome]?.title ?? '');
  };
  return catalog(content).flatMap((entry) =>
    content.flows
      .find((f) => f.id === entry.id)!
      .nodes.filter((n) => n.type === 'outcome')
      .map((n) => ({
        flow: entry.id,
        outcome: n.id,
        title: Object.fromEntries(content.languages.map((l) => [l, title(l, entry.id, n.id)])),
      })),
  );
}

/** The content version: the latest reviewed date and a short hash of everything the app shows. */
export function contentVersion(content: Content): { date: string; hash: string } {
  const date = [...content.flows.map((f) => f.reviewed), content.facts.seen].sort().at(-1)!;
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 8);
  return { date, hash };
}

export const CONTENT_DIR = join(import.meta.dirname ?? '.', '..', '..', 'content');
