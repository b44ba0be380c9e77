/**
 * The web app manifest, one per language: what the install prompt and the phone's app list show.
 * Both have the same id, so installing from a Spanish or an English page installs one app; the
 * start page (/) opens the language the person chose. Each page links its language's manifest
 * (src/build/localized-manifest.ts when prerendering, src/head.ts after client navigation).
 */
import type { ManifestOptions } from 'vite-plugin-pwa';
import type { Lang } from '../routes';
import { manifestPath } from './manifest-path';

export const THEME = '#0b5563';

const icons: ManifestOptions['icons'] = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

const text = {
  es: {
    name: 'Rumbo: servicios para personas migrantes en el Perú',
    description:
      'Responde unas preguntas y descubre qué servicios públicos del Perú te corresponden, qué llevar y a dónde ir. Funciona sin internet.',
    home: 'Inicio de Rumbo',
    wide: 'Inicio de Rumbo en una computadora',
    help: 'Ayuda urgente',
  },
  en: {
    name: 'Rumbo: public services for migrants in Peru',
    description:
      'Answer a few questions and find out which public services in Peru are for you, what to bring and where to go. Works without internet.',
    home: 'Rumbo home page',
    wide: 'Rumbo home page on a computer',
    help: 'Urgent help',
  },
} satisfies Record<Lang, Record<string, string>>;

export function manifestFor(lang: Lang): Partial<ManifestOptions> {
  const t = text[lang];
  return {
    id: '/',
    name: t.name,
    short_name: 'Rumbo',
    description: t.description,
    lang,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    theme_color: THEME,
    background_color: '#ffffff',
    categories: ['government', 'utilities', 'reference'],
    icons,
    screenshots: [
      { src: '/screenshots/home-narrow.png', sizes: '720x1480', type: 'image/png', form_factor: 'narrow', label: t.home },
      { src: '/screenshots/help-narrow.png', sizes: '720x1480', type: 'image/png', form_factor: 'narrow', label: t.help },
      { src: '/screenshots/home-wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: t.wide },
    ],
    shortcuts: [{ name: t.help, short_name: t.help, url: `/${lang}/help/`, icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] }],
  };
}

/** The Spanish manifest, which vite-plugin-pwa writes to /manifest.webmanifest. */
export const manifest = manifestFor('es');

export { manifestPath };
