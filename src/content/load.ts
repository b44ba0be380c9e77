/** Reads content/ from disk (build time and tests only): YAML flows, i18next JSON, facts, record. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { Problem } from './problems';

export type Texts = Record<string, Record<string, unknown>>;

export interface RawContent {
  root: string;
  /** Raw (unvalidated) flows by file path relative to the repo. */
  flows: { file: string; data: unknown }[];
  facts: { file: string; data: unknown };
  recordMeta: { file: string; data: unknown };
  search: { file: string; data: unknown };
  record: { file: string; text: string };
  /** texts[lang][namespace] = parsed JSON, with the file each came from. */
  texts: Record<string, Texts>;
  textFiles: Record<string, Record<string, string>>;
  languages: string[];
}

export function loadContent(contentDir: string, repoRoot = join(contentDir, '..')): { raw: RawContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(repoRoot, p);
  const yamlFile = (path: string): unknown => {
    if (!existsSync(path)) {
      problems.push({ file: rel(path), path: '', rule: 'missing-file', message: 'this required file is missing' });
      return undefined;
    }
    const doc = parseDocument(readFileSync(path, 'utf8'));
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      problems.push({ file: rel(path), path: line ? `line ${line}` : '', rule: 'yaml', message: e.message.split('\n')[0]! });
    }
    return doc.toJS();
  };
  const flowsDir = join(contentDir, 'flows');
  const flows = readdirSync(flowsDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: rel(join(flowsDir, f)), data: yamlFile(join(flowsDir, f)) }));

  const localesDir = join(contentDir, 'locales');
  const languages = readdirSync(localesDir).filter((d) => existsSync(join(localesDir, d, 'common.json'))).sort();
  const texts: Record<string, Texts> = {};
  const textFiles: Record<string, Record<string, string>> = {};
  for (const lang of languages) {
    texts[lang] = {};
    textFiles[lang] = {};
    for (const f of readdirSync(join(localesDir, lang)).filter((n) => n.endsWith('.json'))) {
      const path = join(localesDir, lang, f);
      const ns = f.replace(/\.json$/, '');
      textFiles[lang][ns] = rel(path);
      try {
        texts[lang][ns] = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      } catch (e) {
        problems.push({ file: rel(path), path: '', rule: 'json', message: (e as Error).message });
        texts[lang][ns] = {};
      }
    }
  }
  const factsPath = join(contentDir, 'facts', 'facts.yaml');
  const metaPath = join(contentDir, 'record', 'meta.yaml');
  const recordPath = join(contentDir, 'record', 'record-numbered.md');
  const searchPath = join(contentDir, 'search', 'search.yaml');
  return {
    raw: {
      root: repoRoot,
      flows,
      facts: { file: rel(factsPath), data: yamlFile(factsPath) },
      recordMeta: { file: rel(metaPath), data: yamlFile(metaPath) },
      search: { file: rel(searchPath), data: yamlFile(searchPath) },
      record: { file: rel(recordPath), text: existsSync(recordPath) ? readFileSync(recordPath, 'utf8') : (problems.push({ file: rel(recordPath), path: '', rule: 'missing-file', message: 'this required file is missing' }), '') },
      texts,
      textFiles,
      languages,
    },
    problems,
  };
}
