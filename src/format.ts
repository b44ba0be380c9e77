/**
 * Dates as people read them in each language (same result when prerendering and in the browser):
 * "9 de noviembre de 2026" / "9 November 2026", or the month alone. Written out from a table rather
 * than with Intl.DateTimeFormat, whose first use loads the locale's data and blocked a cheap phone
 * for a noticeable moment on every result page; a unit test holds the table to Intl's output.
 */
import type { Lang } from './routes';

// Peru writes "setiembre".
const MONTHS: Record<Lang, readonly string[]> = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m ? MONTHS[lang][m - 1] : undefined;
  if (!y || !month) return iso;
  if (lang === 'es') return d ? `${d} de ${month} de ${y}` : `${month} de ${y}`;
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/** Whole months between two ISO dates (for "this information may have changed"). */
export function monthsBetween(fromIso: string, to: Date): number {
  const [y = 0, m = 1, d = 1] = fromIso.split('-').map(Number);
  let months = (to.getUTCFullYear() - y) * 12 + (to.getUTCMonth() + 1 - m);
  if (to.getUTCDate() < d) months -= 1;
  return months;
}

/**
 * A phone number as the sources write it, for reading and copying by hand: free lines as
 * "0800-15170", seven-digit numbers as "200-1000"; short lines (105, 1817) as they are. The link
 * still dials the digits.
 */
export function formatPhone(digits: string): string {
  if (/^0800\d{5}$/.test(digits)) return `${digits.slice(0, 4)}-${digits.slice(4)}`;
  if (/^\d{7}$/.test(digits)) return `${digits.slice(0, 3)}-${digits.slice(3)}`;
  return digits;
}
