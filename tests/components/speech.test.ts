// @vitest-environment happy-dom
/** Read aloud: phone numbers digit by digit, the best voice for the page's language, what is read. */
import { describe, expect, it } from 'vitest';
import { pickVoice, speechBlocks, spellDigits, spellPhones } from '../../src/speech';

describe('spellDigits', () => {
  it.each([
    ['105', '1 0 5'],
    ['Línea 0800-15170', 'Línea 0 8 0 0, 1 5 1 7 0'],
    ['sin números', 'sin números'],
  ])('%s → %s', (input, expected) => expect(spellDigits(input)).toBe(expected));
});

describe('spellPhones', () => {
  const phones = ['105', '113', '1817', '2001000', '080015170'];
  it.each([
    // A contact's number, anywhere, however it is written.
    ['Llama al 105', 'Llama al 1 0 5'],
    ['llama a la policía al 105.', 'llama a la policía al 1 0 5.'],
    ['llama gratis al 1817', 'llama gratis al 1 8 1 7'],
    ['Call 1817 for free', 'Call 1 8 1 7 for free'],
    ['The 1817 line', 'The 1 8 1 7 line'],
    ['Línea 113, opción 5', 'Línea 1 1 3, opción 5'],
    ['Defensoría del Pueblo: 0800-15170', 'Defensoría del Pueblo: 0 8 0 0, 1 5 1 7 0'],
    ['central telefónica: 200-1000', 'central telefónica: 2 0 0, 1 0 0 0'],
    ['marca 200 1000', 'marca 2 0 0 1 0 0 0'],
    ['Llamar al 1 0 5', 'Llamar al 1 0 5'], // already spelled (a tel: link): the same
    // Any number of 3 or more digits after a word for calling, in any case.
    ['LLAMA AL 0800-99999', 'LLAMA AL 0 8 0 0, 9 9 9 9 9'],
    ['línea gratuita 0800-16872', 'línea gratuita 0 8 0 0, 1 6 8 7 2'],
    ['Dial 911', 'Dial 9 1 1'],
    // Quantities and names: read as numbers.
    ['En 2024, el 23 % de 3700 casos (81 000 personas)', 'En 2024, el 23 % de 3700 casos (81 000 personas)'],
    ['el Decreto Legislativo 1350 y la Ley 27444', 'el Decreto Legislativo 1350 y la Ley 27444'],
    ['Decreto Supremo 011-2024-IN, opción 5, 1,817 o 1.105', 'Decreto Supremo 011-2024-IN, opción 5, 1,817 o 1.105'],
    ['más de 105 kits, more than 1817 people, 113 %', 'más de 105 kits, more than 1817 people, 113 %'],
    ['1 105 000 personas, 105 000 más, 1050 y 100-105', '1 105 000 personas, 105 000 más, 1050 y 100-105'],
    ['Llama al 105 24 horas', 'Llama al 1 0 5 24 horas'],
  ])('%s → %s', (input, expected) => expect(spellPhones(input, phones)).toBe(expected));
});

describe('pickVoice', () => {
  const voices = [{ lang: 'en-US' }, { lang: 'es-ES' }, { lang: 'es-419' }, { lang: 'es_PE' }];
  it('prefers Peruvian Spanish, then Latin American, then any Spanish', () => {
    expect(pickVoice(voices, 'es')?.lang).toBe('es_PE');
    expect(pickVoice(voices.slice(0, 3), 'es')?.lang).toBe('es-419');
    expect(pickVoice(voices.slice(0, 2), 'es')?.lang).toBe('es-ES');
  });
  it('finds English, and nothing when the device has no voice for the language', () => {
    expect(pickVoice(voices, 'en')?.lang).toBe('en-US');
    expect(pickVoice([{ lang: 'fr-FR' }], 'es')).toBeUndefined();
  });
});

describe('speechBlocks', () => {
  it('reads headings, paragraphs and list items in order, tel: numbers digit by digit, skipping hidden parts', () => {
    document.body.innerHTML = `
      <article>
        <h1>Ayuda</h1>
        <p>Llama <a href="tel:106">Llamar al 106</a> ahora.<span class="visually-hidden"> oculto</span></p>
        <ul><li>Línea 113, opción 5</li></ul>
        <p data-no-read>Escuchar</p>
        <p aria-hidden="true">decorado</p>
      </article>`;
    expect(speechBlocks(document.querySelector('article')!)).toEqual([
      'Ayuda',
      'Llama Llamar al 1 0 6 ahora.',
      'Línea 1 1 3, opción 5',
    ]);
  });

  it('skips what a listener does not need: source codes, buttons, the printed sheet, share tools, sources and small print', () => {
    document.body.innerHTML = `
      <article class="outcome">
        <h1>Llama a la Línea 113</h1>
        <ol class="steps"><li>Marca la opción 5.<span class="cite"> (<span class="source-refs"><a href="/es/references/#S64a">S64a</a></span>)</span></li></ol>
        <div class="contact"><h3>Línea 113</h3><p class="call-row"><a class="button call" href="tel:113">Llamar al 113</a></p><p class="meta">Fuente: S64a · revisado el 29 de noviembre de 2026</p></div>
        <aside class="sources-box"><h2>Fuentes</h2><p>Acta, párrafo 4</p></aside>
        <div class="print-only"><p>Hoja de Rumbo impresa el 30 de noviembre</p></div>
        <div class="share-tools"><h2>Guardar o compartir</h2><p class="actions no-print"><button>Imprimir</button><button>Copiar enlace</button></p></div>
        <p class="actions"><a class="button secondary" href="/es/">Empezar de nuevo</a><a href="#">Volver</a></p>
        <p>Tu número <button type="button">Copiar</button> queda en el teléfono.</p>
      </article>`;
    expect(speechBlocks(document.querySelector('article')!)).toEqual([
      'Llama a la Línea 1 1 3',
      'Marca la opción 5.',
      'Línea 1 1 3',
      'Llamar al 1 1 3',
      'Tu número queda en el teléfono.',
    ]);
  });

  it("says the contacts' numbers it is given digit by digit in every block, tel: links included", () => {
    document.body.innerHTML = `
      <article class="outcome">
        <h1>Llama a la policía al 105</h1>
        <div class="contact"><h3>Defensoría del Pueblo: 0800-15170</h3><p class="call-row"><a class="button call" href="tel:080015170">Llamar al 0800-15170</a></p></div>
        <p>En 2024 hubo 105 casos más que en 2023.</p>
      </article>`;
    expect(speechBlocks(document.querySelector('article')!, ['105', '080015170'])).toEqual([
      'Llama a la policía al 1 0 5',
      'Defensoría del Pueblo: 0 8 0 0, 1 5 1 7 0',
      'Llamar al 0 8 0 0, 1 5 1 7 0',
      'En 2024 hubo 1 0 5 casos más que en 2023.',
    ]);
  });
});
