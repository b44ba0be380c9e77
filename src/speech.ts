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
 * The text blocks of a region, in reading order: headings, paragraphs, list items, labels. Phone
 * numbers (tel: links, and numbers next to the words "Línea"/"line"/"llamar"/"call") are spelled
 * digit by digit; what a listener does not need (NOT_READ_BLOCK, NOT_READ_INLINE) is skipped.
 */
export function speechBlocks(root: Element): string[] {
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
    text = text.replace(/\b(Línea|línea|line|Line|llama al|call)\s+(\d{3,})/g, (_, w: string, d: string) => `${w} ${spellDigits(d)}`);
    text = text.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
  }
  return blocks;
}
