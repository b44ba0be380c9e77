/** Dates as people read them in each language (same result when prerendering and in the browser). */
import type { Lang } from './routes';

// Making an Intl.DateTimeFormat costs about a millisecond on a cheap phone: one per language and style.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withDay}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = withDay ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(lang === 'es' ? 'es-PE' : 'en-GB', options);
    formats.set(key, f);
  }
  return f;
}

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m) return iso;
  return formatter(lang, Boolean(d)).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
}

/** Whole months between two ISO dates (for "this information may have changed"). */
export function monthsBetween(fromIso: string, to: Date): number {
  const [y = 0, m = 1, d = 1] = fromIso.split('-').map(Number);
  let months = (to.getUTCFullYear() - y) * 12 + (to.getUTCMonth() + 1 - m);
  if (to.getUTCDate() < d) months -= 1;
  return months;
}
