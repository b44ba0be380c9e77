/** Phone numbers on call buttons read as the sources, and the contact's own name, write them. */
import { describe, expect, it } from 'vitest';
import { buildContent, CONTENT_DIR } from '../../../src/content/build';
import { formatPhone } from '../../../src/format';

describe('formatPhone', () => {
  it.each([
    ['080015170', '0800-15170'],
    ['080016872', '0800-16872'],
    ['2001000', '200-1000'],
    ['105', '105'],
    ['1817', '1817'],
  ])('%s reads as %s', (digits, shown) => {
    expect(formatPhone(digits)).toBe(shown);
  });

  it('a contact whose name gives its number shows the same number on its call button', () => {
    const content = buildContent(CONTENT_DIR);
    const named = content.facts.contacts
      .filter((c) => c.phone)
      .flatMap((c) => (['es', 'en'] as const).map((lang) => ({ phone: c.phone!, name: String((content.texts[lang]?.facts as { contacts: Record<string, { name: string }> }).contacts[c.id]!.name) })))
      .filter((x) => /\d{3}/.test(x.name));
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((x) => !x.name.includes(formatPhone(x.phone)))).toEqual([]);
  });
});
