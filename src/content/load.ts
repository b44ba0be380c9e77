/** Reads content/ from disk (build time and tests only): YAML flows, i18next JSON, facts, record. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { Problem } from './problems';
import { checkRecordTranslations, RECORD_LANG, translationFile, type RecordTranslationText } from './record-translation';

export type Texts = Record<string, Record<string, unknown>>;

export interface RawContent {
  root: string;
  /** Raw (unvalidated) flows by file path relative to the repo. */
  flows: { file: string; data: unknown }[];
  facts: { file: string; data: unknown };
  recordMeta: { file: string; data: unknown };
  search: { file: string; data: unknown };
  record: { file: string; text: string };
  /** Rumbo's translations of the record (record/record-<lang>.md), one per language of the app but the record's own. */
  recordTranslations: RecordTranslationText[];
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
  // In this order, as the problems of each file were always reported.
  const facts = { file: rel(factsPath), data: yamlFile(factsPath) };
  const recordMeta = { file: rel(metaPath), data: yamlFile(metaPath) };
  const search = { file: rel(searchPath), data: yamlFile(searchPath) };
  const record = { file: rel(recordPath), text: existsSync(recordPath) ? readFileSync(recordPath, 'utf8') : (problems.push({ file: rel(recordPath), path: '', rule: 'missing-file', message: 'this required file is missing' }), '') };
  const translationPaths = languages.filter((l) => l !== RECORD_LANG).map((lang) => ({ lang, path: join(contentDir, 'record', translationFile(lang)) }));
  const recordTranslations = translationPaths.filter((t) => existsSync(t.path)).map(({ lang, path }) => ({ lang, file: rel(path), text: readFileSync(path, 'utf8') }));
  const missingTranslations = translationPaths.filter((t) => !existsSync(t.path)).map(({ lang, path }) => ({ lang, file: rel(path) }));
  // Checked here, where both texts are read, so that every check of content/ (the build, `content:check`,
  // the validator's tests) holds the translation to the original, as validateContent holds the rest.
  if (record.text) problems.push(...checkRecordTranslations(record, recordTranslations, missingTranslations));
  return {
    raw: {
      root: repoRoot,
      flows,
      facts,
      recordMeta,
      search,
      record,
      recordTranslations,
      texts,
      textFiles,
      languages,
    },
    problems,
  };
}
