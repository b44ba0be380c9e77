/** formatDate writes dates exactly as Intl.DateTimeFormat does for es-PE and en-GB, without its cost. */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/format';

const intl = (locale: string, iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = d ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(y!, m! - 1, d ?? 1)));
};

const days = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-${String(((i * 7) % 28) + 1).padStart(2, '0')}`);
const months = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);

describe.each([
  ['es', 'es-PE'],
  ['en', 'en-GB'],
] as const)('in %s', (lang, locale) => {
  it.each([...days, ...months])('%s reads as Intl writes it', (iso) => {
    expect(formatDate(iso, lang)).toBe(intl(locale, iso));
  });

  it.each(['', 'garbage', '2026-13-01', '2026-00'])('leaves %j as it is', (bad) => {
    expect(formatDate(bad, lang)).toBe(bad);
  });
});
