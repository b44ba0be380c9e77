/** Dates as people read them in each language (same result when prerendering and in the browser). */
import type { Lang } from './routes';

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m) return iso;
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-PE' : 'en-GB', options).format(date);
}

/** Whole months between two ISO dates (for "this information may have changed"). */
export function monthsBetween(fromIso: string, to: Date): number {
  const [y = 0, m = 1, d = 1] = fromIso.split('-').map(Number);
  let months = (to.getUTCFullYear() - y) * 12 + (to.getUTCMonth() + 1 - m);
  if (to.getUTCDate() < d) months -= 1;
  return months;
}
