/** The client's translator (rosetta and a plural/namespace adapter): what the pages rely on. */
import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator';

function translator() {
  const tr = createTranslator('es');
  tr.addResourceBundle('es', 'common', {
    results: { count_one: '{{count}} resultado', count_many: '{{count}} millones de resultados', count_other: '{{count}} resultados' },
    minutes_one: '{{count}} minuto',
    minutes_other: '{{count}} minutos',
    greeting: 'Hola, {{name}}. Tienes {{n}} mensajes.',
  });
  tr.addResourceBundle('en', 'common', {
    results: { count_one: '{{count}} result', count_other: '{{count}} results' },
    greeting: 'Hello, {{name}}.',
  });
  tr.addResourceBundle('es', 'disability-certificate', { nodes: { q1: { question: '¿Tienes una discapacidad?' } } });
  return tr;
}

describe('plurals', () => {
  it('chooses the Spanish form by Intl.PluralRules: one, many (a million) and other', () => {
    const { t } = translator();
    expect(t('results.count', { count: 1 })).toBe('1 resultado');
    expect(t('results.count', { count: 1_000_000 })).toBe('1000000 millones de resultados');
    expect(t('results.count', { count: 0 })).toBe('0 resultados');
    expect(t('results.count', { count: 21 })).toBe('21 resultados');
  });

  it('has no "many" in English', () => {
    const tr = translator();
    tr.changeLanguage('en');
    expect(tr.t('results.count', { count: 1 })).toBe('1 result');
    expect(tr.t('results.count', { count: 1_000_000 })).toBe('1000000 results');
  });

  it('falls back to the "other" form when the language’s form is missing', () => {
    expect(translator().t('minutes', { count: 1_000_000 })).toBe('1000000 minutos');
  });

  it('does not read a plural without a number count', () => {
    expect(translator().t('results.count')).toBe('results.count');
  });
});

describe('keys', () => {
  it('reads nested keys in the default namespace and in a named one', () => {
    const { t } = translator();
    expect(t('disability-certificate:nodes.q1.question')).toBe('¿Tienes una discapacidad?');
    expect(t('common:results.count', { count: 2 })).toBe('2 resultados');
  });

  it('answers a missing key with the key, without its namespace, and reports it', () => {
    const tr = translator();
    const missing = vi.fn();
    tr.on('missingKey', missing);
    expect(tr.t('nav.nowhere')).toBe('nav.nowhere');
    expect(tr.t('disability-certificate:nodes.q9.question')).toBe('nodes.q9.question');
    expect(missing.mock.calls).toEqual([
      ['es', 'common', 'nav.nowhere'],
      ['es', 'disability-certificate', 'nodes.q9.question'],
    ]);
    expect(tr.t('disability-certificate:nodes.q1.question')).toBe('¿Tienes una discapacidad?');
    expect(missing).toHaveBeenCalledTimes(2);
  });
});

describe('values', () => {
  it('fills placeholders unescaped, keeps one without a value and empties one given as undefined', () => {
    const { t } = translator();
    expect(t('greeting', { name: '<Ana & Luis>', n: 3 })).toBe('Hola, <Ana & Luis>. Tienes 3 mensajes.');
    expect(t('greeting', { name: 'Ana' })).toBe('Hola, Ana. Tienes {{n}} mensajes.');
    expect(t('greeting', { name: 'Ana', n: undefined })).toBe('Hola, Ana. Tienes  mensajes.');
  });
});

describe('languages', () => {
  it('reads another language with lng, without changing the current one', () => {
    const tr = translator();
    expect(tr.t('greeting', { lng: 'en', name: 'Ana' })).toBe('Hello, Ana.');
    expect(tr.t('results.count', { lng: 'en', count: 1 })).toBe('1 result');
    expect(tr.language).toBe('es');
    expect(tr.exists('disability-certificate:nodes.q1.question', { lng: 'es' })).toBe(true);
    expect(tr.exists('disability-certificate:nodes.q1.question', { lng: 'en' })).toBe(false);
  });

  it('tells listeners when the language changes, until they stop listening', () => {
    const tr = translator();
    const changed = vi.fn();
    tr.on('languageChanged', changed);
    tr.changeLanguage('en');
    expect(changed).toHaveBeenCalledWith('en');
    expect(tr.language).toBe('en');
    expect(tr.t('greeting', { name: 'Ana' })).toBe('Hello, Ana.');
    tr.off('languageChanged', changed);
    tr.changeLanguage('es');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('knows which texts are loaded', () => {
    const tr = translator();
    expect(tr.hasResourceBundle('es', 'disability-certificate')).toBe(true);
    expect(tr.hasResourceBundle('en', 'disability-certificate')).toBe(false);
    tr.addResourceBundle('en', 'disability-certificate', { title: 'Disability certificate' });
    expect(tr.hasResourceBundle('en', 'disability-certificate')).toBe(true);
    expect(tr.t('disability-certificate:title', { lng: 'en' })).toBe('Disability certificate');
    expect(tr.t('greeting', { lng: 'en', name: 'Ana' })).toBe('Hello, Ana.'); // other namespaces kept
  });

  it('adds to a namespace with deep, in either order, and replaces it without', () => {
    const tr = createTranslator('es');
    // A page's own section may arrive before the common text of its language, or after it.
    tr.addResourceBundle('es', 'common', { about: { title: 'Acerca de Rumbo' } }, true);
    tr.addResourceBundle('es', 'common', { nav: { home: 'Inicio' } }, true);
    tr.addResourceBundle('es', 'common', { settings: { title: 'Ajustes' } }, true);
    expect([tr.t('about.title'), tr.t('nav.home'), tr.t('settings.title')]).toEqual(['Acerca de Rumbo', 'Inicio', 'Ajustes']);
    tr.addResourceBundle('es', 'common', { nav: { home: 'Portada' } });
    expect([tr.t('nav.home'), tr.t('about.title')]).toEqual(['Portada', 'about.title']);
  });
});
