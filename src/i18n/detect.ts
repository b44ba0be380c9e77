/** The language to open in: the person's saved choice, else the browser's languages, else Spanish. */
import { DEFAULT_LANG, isLang, type Lang } from '../routes';
import { readJSON, writeJSON } from '../storage';
import { getSettings } from '../settings';

const KEY = 'lang';

export function savedLanguage(): Lang | undefined {
  return readJSON(KEY, isLang);
}

/** Remembers the person's language choice (never on a shared help-desk device). */
export function saveLanguage(lang: Lang): void {
  if (!getSettings().helpDesk) writeJSON(KEY, lang);
}

export function detectLanguage(saved: Lang | undefined, browser: readonly string[]): Lang {
  if (saved) return saved;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}
