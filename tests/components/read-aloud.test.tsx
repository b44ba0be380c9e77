// @vitest-environment happy-dom
/**
 * The "Listen" button gives the reading code the contacts' numbers (virtual:rumbo/facts), so a
 * number written in a step's text with no link ("llama a la policía al 105") is said digit by digit.
 */
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ReadAloud } from '../../src/components/ReadAloud';
import { i18n, loadLanguage } from '../../src/i18n';

const said: string[] = [];

beforeAll(async () => {
  await loadLanguage('es');
  await i18n.changeLanguage('es');
  vi.stubGlobal('speechSynthesis', { cancel: () => undefined, getVoices: () => [], speak: (u: { text: string }) => said.push(u.text) });
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      constructor(public text: string) {}
    },
  );
});

afterEach(() => {
  cleanup();
  said.length = 0;
});

it("says the contacts' numbers in the page's text digit by digit, and other numbers as numbers", async () => {
  render(
    <div>
      <article>
        <p>Si estás en peligro, llama a la policía al 105. Defensoría del Pueblo: 0800-15170.</p>
        <p>En 2024 la Ley 27444 cumplió años.</p>
      </article>
      <ReadAloud target="article" />
    </div>,
  );
  fireEvent.click(await screen.findByRole('button'));
  await waitFor(() => expect(said.length).toBeGreaterThan(0));
  expect(said).toEqual(['Si estás en peligro, llama a la policía al 1 0 5. Defensoría del Pueblo: 0 8 0 0, 1 5 1 7 0.', 'En 2024 la Ley 27444 cumplió años.']);
});
