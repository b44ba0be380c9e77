/** Validates all of content/: schema, graph, text in every language, sources. */
import { basename } from 'node:path';
import type { z } from 'zod';
import { Facts, Flow, RecordMeta, Search } from './schema';
import type { RawContent } from './load';
import { keyPath, type Problem } from './problems';
import { checkGraph } from './validate-graph';
import { checkNamespace } from './validate-text';
import { factKeys, flowKeys } from './keys';
import { paragraphNumbers, parseRecord, type RecordBlock } from './record';
import { ICON_NAMES } from '../components/icon-names';

export interface Content {
  flows: Flow[];
  facts: Facts;
  meta: RecordMeta;
  record: RecordBlock[];
  search: Search;
  texts: RawContent['texts'];
  languages: string[];
}

function parse<T>(schema: z.ZodType<T>, file: string, data: unknown, problems: Problem[]): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, path: keyPath(issue.path), rule: 'schema', message: issue.message });
  }
  return undefined;
}

/** How a problem names an item of each outcome list. */
const ITEM_NAMES = { steps: 'step', bring: 'bring item', rights: '"good to know" item' } as const;

export function validateContent(raw: RawContent): { content?: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const facts = parse(Facts, raw.facts.file, raw.facts.data, problems);
  const meta = parse(RecordMeta, raw.recordMeta.file, raw.recordMeta.data, problems);
  const search = parse(Search, raw.search.file, raw.search.data, problems);
  const flows: Flow[] = [];
  const flowFiles = new Map<string, string>();
  for (const { file, data } of raw.flows) {
    const flow = parse(Flow, file, data, problems);
    if (!flow) continue;
    if (flowFiles.has(flow.id)) {
      problems.push({ file, path: 'id', rule: 'unique-id', message: `flow id "${flow.id}" is already used by ${flowFiles.get(flow.id)}` });
    }
    flowFiles.set(flow.id, file);
    problems.push(...checkGraph(file, flow, basename(file, '.yaml')));
    flows.push(flow);
  }
  // Paragraph numbers do not depend on meta.yaml: a broken meta is reported once, not on every Pn.
  const record = parseRecord(raw.record.text, meta ?? { report: '', date: '', government: [], committee: [] });
  const paragraphs = paragraphNumbers(record);
  const sourceIds = new Set(facts?.sources.map((s) => s.id));
  const contactIds = new Set(facts?.contacts.map((c) => c.id));
  const checkSources = (file: string, at: string, refs: readonly string[] | undefined) =>
    refs?.forEach((ref, i) => {
      const n = /^P(\d+)$/.exec(ref);
      if (n && !paragraphs.has(Number(n[1]))) {
        problems.push({ file, path: `${at}[${i}]`, rule: 'record-paragraph', message: `${ref} is not a paragraph of the record (P1 to P${Math.max(...paragraphs)})` });
      } else if (!n && !sourceIds.has(ref)) {
        problems.push({ file, path: `${at}[${i}]`, rule: 'fact-id', message: `${ref} is not a source in content/facts/facts.yaml` });
      }
    });

  facts?.contacts.forEach((c, i) => checkSources(raw.facts.file, `contacts[${i}].sources`, c.sources));
  // A title copied onto the next source would show the wrong publisher and date on References.
  const titled = new Map<string, string>();
  facts?.sources.forEach((s, i) => {
    const first = titled.get(s.title);
    if (first) problems.push({ file: raw.facts.file, path: `sources[${i}].title`, rule: 'unique-title', message: `${s.id} has the same title as ${first}: "${s.title}"; each source needs its own` });
    else titled.set(s.title, s.id);
  });
  const ids = new Set(flows.map((f) => f.id));
  for (const flow of flows) {
    const file = flowFiles.get(flow.id)!;
    checkSources(file, 'sources', flow.sources);
    if (!(ICON_NAMES as readonly string[]).includes(flow.icon)) {
      problems.push({ file, path: 'icon', rule: 'icon', message: `"${flow.icon}" is not one of ${ICON_NAMES.join(', ')}` });
    }
    flow.related?.forEach((r, i) => {
      if (!ids.has(r)) problems.push({ file, path: `related[${i}]`, rule: 'flow-exists', message: `"${r}" is not a flow` });
    });
    flow.nodes.forEach((node, i) => {
      if (node.type !== 'outcome') return;
      const at = `nodes[${i}]`;
      checkSources(file, `${at}.sources`, node.sources);
      // The result's "This is based on" line shows the outcome's own sources only, so that list
      // must hold every paragraph and source its steps, bring items and rights cite.
      const listed = new Set(node.sources);
      for (const list of ['steps', 'bring', 'rights'] as const) {
        node[list]?.forEach((item, j) => {
          checkSources(file, `${at}.${list}[${j}].sources`, item.sources);
          const missing = [...new Set(item.sources?.filter((ref) => !listed.has(ref)))];
          if (missing.length) {
            problems.push({
              file,
              path: `${at}.${list}[${j}].sources`,
              rule: 'outcome-cites-items',
              message: `${ITEM_NAMES[list]} "${item.id}" cites ${missing.join(', ')}, which outcome "${node.id}" does not list in its sources (${at}.sources): add ${missing.length > 1 ? 'them' : 'it'} there`,
            });
          }
        });
      }
      node.contacts?.forEach((c, j) => {
        if (!contactIds.has(c)) problems.push({ file, path: `${at}.contacts[${j}]`, rule: 'contact-exists', message: `"${c}" is not a contact in content/facts/facts.yaml` });
      });
      node.recommend?.forEach((r, j) => {
        if (!ids.has(r.flow)) problems.push({ file, path: `${at}.recommend[${j}].flow`, rule: 'flow-exists', message: `"${r.flow}" is not a flow` });
      });
    });
  }

  search?.glossary.forEach((g, i) => {
    if (!ids.has(g.flow)) problems.push({ file: raw.search.file, path: `glossary[${i}].flow`, rule: 'flow-exists', message: `"${g.flow}" is not a flow` });
  });
  for (const flow of Object.keys(search?.words ?? {})) {
    if (!ids.has(flow)) problems.push({ file: raw.search.file, path: `words.${flow}`, rule: 'flow-exists', message: `"${flow}" is not a flow` });
  }

  const files = (ns: string) =>
    Object.fromEntries(raw.languages.map((l) => [l, raw.texts[l]?.[ns] === undefined ? undefined : { file: raw.textFiles[l]![ns]!, json: raw.texts[l]![ns] }]));
  problems.push(...checkNamespace('common', files('common'), raw.languages));
  if (facts) problems.push(...checkNamespace('facts', files('facts'), raw.languages, factKeys(facts)));
  for (const flow of flows) problems.push(...checkNamespace(flow.id, files(flow.id), raw.languages, flowKeys(flow)));
  const known = new Set(['common', 'facts', ...ids]);
  for (const lang of raw.languages) {
    for (const ns of Object.keys(raw.texts[lang] ?? {})) {
      if (!known.has(ns)) problems.push({ file: raw.textFiles[lang]![ns]!, path: '', rule: 'extra-text', message: `no flow "${ns}" uses this namespace` });
    }
  }
  if (problems.length || !facts || !meta || !search) return { problems };
  return { content: { flows, facts, meta, record, search, texts: raw.texts, languages: raw.languages }, problems };
}
