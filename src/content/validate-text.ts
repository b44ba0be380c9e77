/** Text rules: every needed key in every language, none empty, none extra, same placeholders, plurals. */
import type { Problem } from './problems';
import { baseKey, flatten, placeholders, pluralSuffix } from './keys';

export interface NamespaceFiles {
  /** By language: the file path and its parsed JSON. */
  [lang: string]: { file: string; json: unknown } | undefined;
}

/**
 * Checks one namespace in every language. With `required`, the keys must be exactly those (plural
 * forms allowed); without it, every language must have the same keys as the first one.
 */
export function checkNamespace(ns: string, files: NamespaceFiles, languages: string[], required?: string[]): Problem[] {
  const problems: Problem[] = [];
  const flat = new Map(languages.map((lang) => [lang, flatten(files[lang]?.json ?? {})]));
  const reference = languages[0]!;
  const wanted = new Set(required ?? [...flat.get(reference)!.keys()].map(baseKey));
  for (const lang of languages) {
    const file = files[lang]?.file ?? `content/locales/${lang}/${ns}.json`;
    const add = (path: string, rule: string, message: string) => problems.push({ file, path, rule, message });
    if (!files[lang]) {
      add('', 'missing-file', `the namespace "${ns}" has no ${lang} file`);
      continue;
    }
    const keys = flat.get(lang)!;
    const bases = new Set([...keys.keys()].map(baseKey));
    for (const key of wanted) if (!bases.has(key)) add(key, 'missing-text', `no ${lang} text for "${key}"`);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, value] of keys) {
      if (!wanted.has(baseKey(key))) {
        add(key, 'extra-text', `"${key}" is not used by the content (remove it or fix its id)`);
        continue;
      }
      if (typeof value !== 'string') add(key, 'text-type', 'must be a string');
      else if (value.trim() === '') add(key, 'empty-text', 'must not be empty');
      const suffix = pluralSuffix(key);
      if (suffix) {
        for (const c of categories) {
          if (!keys.has(`${baseKey(key)}_${c}`)) add(`${baseKey(key)}_${c}`, 'plural-forms', `${lang} plural "${baseKey(key)}" needs the "_${c}" form`);
        }
      }
      if (lang !== reference && typeof value === 'string') {
        const other = referenceText(flat.get(reference)!, key);
        if (other !== undefined && placeholders(other).join() !== placeholders(value).join()) {
          add(key, 'placeholders', `uses {{${placeholders(value).join('}}, {{')}}} but ${reference} uses {{${placeholders(other).join('}}, {{')}}}`);
        }
      }
    }
  }
  // One missing plural form is reported once per language and key.
  return problems.filter((p, i) => problems.findIndex((q) => q.file === p.file && q.path === p.path && q.rule === p.rule) === i);
}

/** The reference language's text for the same key (or for its `_other` form, for plurals). */
function referenceText(keys: Map<string, unknown>, key: string): string | undefined {
  const v = keys.get(key) ?? keys.get(`${baseKey(key)}_other`) ?? keys.get(baseKey(key));
  return typeof v === 'string' ? v : undefined;
}
