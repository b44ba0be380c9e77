/**
 * The app's translator: rosetta (about 300 bytes) keeps the text and fills `{{placeholders}}`; this
 * adds what the i18next JSON in content/locales needs: namespaces (`ns:a.b`, else `common`), plurals
 * by `count` (`key_one`, `key_many`, `key_other`, chosen by Intl.PluralRules of the language) and
 * i18next's answers for a missing key (the key) or a missing value (the placeholder as written).
 * i18next stays the reference: tests/content/i18n-parity.test.ts compares the two on every text.
 * No DOM, no Preact.
 */
import rosetta from 'rosetta';

type Texts = Record<string, unknown>;
/** `languageChanged` (lang) and `missingKey` (lang, namespace, key). */
type Listener = (...args: string[]) => void;
export type TFunction = (key: string, options?: Record<string, unknown>) => string;

export interface Translator {
  /** The current language. */
  readonly language: string;
  /** The text of `key` in the current language, or in `options.lng`; the key itself when missing. */
  t: TFunction;
  exists(key: string, options?: { lng?: string }): boolean;
  changeLanguage(lang: string): void;
  hasResourceBundle(lang: string, ns: string): boolean;
  /** Sets a namespace's text; with `deep`, adds to what the namespace has (as i18next's `deep`, one level). */
  addResourceBundle(lang: string, ns: string, texts: Texts, deep?: boolean): void;
  on(event: 'languageChanged' | 'missingKey', listener: Listener): void;
  off(event: 'languageChanged' | 'missingKey', listener: Listener): void;
}

export function createTranslator(lang: string, defaultNS = 'common'): Translator {
  const store = rosetta<Texts>();
  store.locale(lang);
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, ...args: string[]) => listeners.get(event)?.forEach((fn) => fn(...args));
  const rules = new Map<string, Intl.PluralRules>();

  /** `ns:a.b` → [ns, a, b], as i18next splits keys (`:` after the namespace reads as `.`). */
  const split = (key: string): string[] => {
    const parts = key.split(':');
    const ns = parts.length > 1 ? parts.shift()! : defaultNS;
    return [ns, ...parts.join('.').split('.')];
  };
  const find = (lng: string, path: string[]): unknown => path.reduce<unknown>((at, k) => (at as Texts | undefined)?.[k], store.table(lng));

  /** The path of the text to show: with a number `count`, `key_<plural category>`, else `key_other`. */
  const resolve = (lng: string, path: string[], count: unknown): string[] => {
    if (typeof count !== 'number') return path;
    let rule = rules.get(lng);
    if (!rule) rules.set(lng, (rule = new Intl.PluralRules(lng)));
    for (const category of [rule.select(count), 'other']) {
      const plural = [...path.slice(0, -1), `${path.at(-1)}_${category}`];
      if (typeof find(lng, plural) === 'string') return plural;
    }
    return path;
  };

  const t: TFunction = (key, options = {}) => {
    const lng = typeof options.lng === 'string' ? options.lng : store.locale();
    const path = resolve(lng, split(key), options.count);
    if (typeof find(lng, path) !== 'string') {
      emit('missingKey', lng, path[0]!, path.slice(1).join('.'));
      return path.slice(1).join('.');
    }
    // Like i18next, a placeholder without a value stays as written; one given as undefined or null is emptied.
    const values = new Proxy(options, { get: (o, name: string) => (name in o ? o[name] : `{{${name}}}`) });
    return store.t(path, values, lng);
  };

  return {
    get language() {
      return store.locale();
    },
    t,
    exists: (key, options = {}) => find(options.lng ?? store.locale(), split(key)) !== undefined,
    changeLanguage(lng) {
      store.locale(lng);
      emit('languageChanged', lng);
    },
    hasResourceBundle: (lng, ns) => store.table(lng)?.[ns] !== undefined,
    addResourceBundle: (lng, ns, texts, deep) => store.set(lng, { [ns]: deep ? { ...(store.table(lng)?.[ns] as Texts | undefined), ...texts } : texts }),
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
    },
    off: (event, listener) => void listeners.get(event)?.delete(listener),
  };
}
