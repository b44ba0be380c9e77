// @vitest-environment happy-dom
/**
 * Read aloud says phone numbers digit by digit ("1 0 5", not "ciento cinco") wherever the content
 * writes them, and no other number. Checked against every contact with a phone in
 * content/facts/facts.yaml and every string in content/locales/{es,en}/*.json, so a number added to
 * a text, or a contact added to the facts, is checked without touching this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT_DIR as CONTENT } from '../../src/content/build';
import { formatPhone } from '../../src/format';
import { speechBlocks } from '../../src/speech';

const LANGUAGES = ['es', 'en'];

const facts = parse(readFileSync(join(CONTENT, 'facts', 'facts.yaml'), 'utf8')) as { contacts: { id: string; phone?: string }[] };
const withPhone = facts.contacts.flatMap((c) => (c.phone ? [[c.id, c.phone] as const] : []));
/** What the app passes to speechBlocks (src/components/ReadAloud.tsx): the contacts' digits. */
const PHONES = [...new Set(withPhone.map(([, phone]) => phone))];

/** How a phone must be heard: digit by digit, a pause (comma) where the written number has a hyphen. */
const spelled = (written: string) =>
  written
    .split('-')
    .map((group) => [...group].join(' '))
    .join(', ');

/** What read aloud says for one paragraph of text. */
function heard(text: string): string {
  document.body.innerHTML = '<article><p></p></article>';
  document.querySelector('p')!.textContent = text;
  return speechBlocks(document.querySelector('article')!, PHONES).join(' ');
}

describe.each(withPhone)("contact %s's number", (_id, phone) => {
  // Each way the content writes it: the digits, and as the sources write it (formatPhone: "0800-15170").
  const written = [...new Set([phone, formatPhone(phone)])];
  const sentences = [
    '{n}',
    'Llama al {n}',
    'llama gratis al {n}.',
    'llama a la policía al {n} o mira la página',
    'LLAMA A LA LÍNEA {n}',
    'Si tienes dudas, la Línea {n} te ayuda.',
    'Su línea gratuita es el {n}.',
    'Call {n} for free',
    'You can call the police on {n}.',
    'Or call {n} (SAMU) or {n} (police).',
    'Ombudsman: {n}',
  ];
  it.each(written)('is said digit by digit when written %s, in any sentence', (number) => {
    expect(sentences.map((s) => heard(s.replaceAll('{n}', number)))).toEqual(sentences.map((s) => s.replaceAll('{n}', spelled(number))));
  });
});

/**
 * Where the content uses a contact's number as a count, not a phone (said as a number). Written
 * here by hand: a new one is a decision for a person, so the scan below fails until it is listed.
 */
const COUNTS = ['más de 100 kits', 'more than 100 kits'];

/** Every string of every locale file, with where it is. */
function strings(value: unknown, where: string): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${where}.${k}`));
  return [];
}
const files = LANGUAGES.flatMap((lang) =>
  readdirSync(join(CONTENT, 'locales', lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${lang}/${f}`),
);
const texts = files.flatMap((file) => strings(JSON.parse(readFileSync(join(CONTENT, 'locales', file), 'utf8')), file));

/**
 * Any contact's number as the content may write it, standing alone: not part of a longer number
 * ("1050", "2,100", "100-200", "1 100 000").
 */
const written = [...new Set(PHONES.flatMap((p) => [p, formatPhone(p)]))].sort((a, b) => b.length - a.length);
const PHONE_IN_TEXT = new RegExp(`(?<!\\d[-.,\\s]?)(?:${written.join('|')})(?![-.,]?\\d|\\s\\d{3})`, 'g');

/** What must be heard: the text with every contact's number spelled, except the listed counts; nothing else changed. */
function expected(text: string): string {
  const counts = COUNTS.flatMap((c) => (text.includes(c) ? [[text.indexOf(c), text.indexOf(c) + c.length]] : []));
  return text
    .replace(PHONE_IN_TEXT, (n: string, at: number) => (counts.some(([from, to]) => at >= from! && at < to!) ? n : spelled(n)))
    .replace(/\s+/g, ' ')
    .trim();
}

describe("every number in the content's text", () => {
  it('finds the texts, the phone numbers in them and other numbers (years, counts, laws)', () => {
    expect(files.length).toBeGreaterThan(2);
    const numbers = texts.flatMap((t) => t.text.match(/\d+(?:-\d+)*/g) ?? []);
    const phones = texts.flatMap((t) => t.text.match(PHONE_IN_TEXT) ?? []);
    expect(phones.length).toBeGreaterThan(40);
    expect(numbers.length - phones.length).toBeGreaterThan(100);
    expect(numbers).toEqual(expect.arrayContaining(['2024', '1350', '27444', '0800-15170', '200-1000']));
  });

  it.each(files)("%s: every contact's number is said digit by digit, every other number as a number", (file) => {
    const wrong = texts
      .filter((t) => t.where.startsWith(`${file}.`) && /\d/.test(t.text))
      .map((t) => ({ where: t.where, heard: heard(t.text), expected: expected(t.text) }))
      .filter((t) => t.heard !== t.expected);
    expect(wrong).toEqual([]);
  });

  it('still has every count listed as one (the list stays honest)', () => {
    expect(COUNTS.filter((c) => !texts.some((t) => t.text.includes(c)))).toEqual([]);
  });
});
