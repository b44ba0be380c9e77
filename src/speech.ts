/** Read aloud: what to say from a page region, and which voice says it. Browser-only helpers. */

/** Preferred voices for each language, best first (Peruvian Spanish, then Latin American, then any). */
const PREFERENCE: Record<string, string[]> = {
  es: ['es-pe', 'es-419', 'es-us', 'es-mx', 'es-co', 'es'],
  en: ['en-gb', 'en-us', 'en'],
};

export function pickVoice<V extends { lang: string }>(voices: readonly V[], lang: string): V | undefined {
  const norm = (l: string) => l.toLowerCase().replace('_', '-');
  for (const want of PREFERENCE[lang] ?? [lang]) {
    const exact = voices.find((v) => norm(v.lang) === want);
    if (exact) return exact;
  }
  return voices.find((v) => norm(v.lang).startsWith(`${lang}-`) || norm(v.lang) === lang);
}

/** A phone number said digit by digit: "105" → "1 0 5", "0800-15170" → "0 8 0 0, 1 5 1 7 0". */
export function spellDigits(text: string): string {
  return text.replace(/\d+(?:-\d+)*/g, (m) => m.split('-').map((g) => g.split('').join(' ')).join(', '));
}

/**
 * What is not read aloud. Whole blocks: hidden or decorative parts, buttons and rows of buttons, the
 * sheet only printed, the share tools, the sources box and the small print under a contact (source
 * codes, date seen). Inside a block: hidden parts, buttons and the source codes in brackets.
 */
const NOT_READ_BLOCK = '[data-no-read], [aria-hidden="true"], .visually-hidden, button, .actions, .print-only, .share-tools, .sources-box, .meta';
const NOT_READ_INLINE = '[data-no-read], [aria-hidden="true"], .visually-hidden, button, .cite, .source-refs';

/**
 * A number after a word for calling ("Línea 113", "llama gratis al 105", "call 1817", "marca el
 * 106"): a phone even if no contact has it. 3 digits or more, so "marca la opción 5" stays a number.
 */
const AFTER_CALL = /\b(línea|line|llamar?|call|marca|dial)((?: gratuita| gratis| al| el| on)*\s+)(\d{3,}(?:-\d+)*)(?![.,]?\d)/giu;
/** A contact's number used as a count ("más de 100 kits", "100 %") is a quantity, said as one. */
const COUNT_BEFORE = /\b(?:(?:más|menos) de|(?:more|fewer|less) than|casi|almost)\s+$/iu;

/**
 * The phone numbers of a text spelled digit by digit, so "Llama al 105" is not heard as "ciento
 * cinco": each of the contacts' `phones` (digits only) wherever it is, however it is written, and
 * any number after a word for calling (AFTER_CALL). Years, counts and laws ("2024", "81 000",
 * "Ley 27444", "1,817") stay numbers: a known number inside a longer one is not a phone.
 */
export function spellPhones(text: string, phones: readonly string[] = []): string {
  let said = text;
  if (phones.length) {
    // A hyphen or a space may split the digits as the content writes them ("0800-15170", "200 1000"),
    // but not glued to more digits: "1050", "1,105", "100-200" and "1 100 000" are other numbers.
    const known = phones.map((p) => [...p].join('[-\\s]?')).join('|');
    const alone = new RegExp(`(?<!\\d[-.,]?|\\d\\s)(?:${known})(?![-.,]?\\d|\\s\\d{3}(?!\\d))`, 'g');
    said = said.replace(alone, (n: string, at: number, all: string) =>
      COUNT_BEFORE.test(all.slice(0, at)) || /^\s?%/.test(all.slice(at + n.length)) ? n : spellDigits(n),
    );
  }
  return said.replace(AFTER_CALL, (_, word: string, gap: string, n: string) => word + gap + spellDigits(n));
}

/**
 * The text blocks of a region, in reading order: headings, paragraphs, list items, labels. Phone
 * numbers (tel: links, the contacts' `phones`, numbers after a word for calling: spellPhones) are
 * spelled digit by digit; what a listener does not need (NOT_READ_BLOCK, NOT_READ_INLINE) is skipped.
 */
export function speechBlocks(root: Element, phones: readonly string[] = []): string[] {
  const blocks: string[] = [];
  const selector = 'h1, h2, h3, p, li, legend, label, dt, dd, figcaption';
  for (const el of root.querySelectorAll(selector)) {
    if (el.closest(NOT_READ_BLOCK) || el.querySelector(selector)) continue;
    let text = '';
    el.childNodes.forEach((node) => {
      const element = node.nodeType === 1 ? (node as Element) : undefined;
      if (element?.matches('a[href^="tel:"]')) text += ` ${spellDigits(element.textContent ?? '')} `;
      else if (!element?.matches(NOT_READ_INLINE)) text += node.textContent ?? '';
    });
    text = spellPhones(text.replace(/\s+/g, ' ').trim(), phones);
    if (text) blocks.push(text);
  }
  return blocks;
}
