/** The web app manifest: one, in Spanish (browsers ignore localized members). */
import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME = '#0b5563';

export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Rumbo: servicios para personas migrantes en el Perú',
  short_name: 'Rumbo',
  description:
    'Responde unas preguntas y descubre qué servicios públicos del Perú te corresponden, qué llevar y a dónde ir. Funciona sin internet.',
  lang: 'es',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  theme_color: THEME,
  background_color: '#ffffff',
  categories: ['government', 'utilities', 'reference'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  screenshots: [
    { src: '/screenshots/home-narrow.png', sizes: '720x1480', type: 'image/png', form_factor: 'narrow', label: 'Inicio de Rumbo' },
    { src: '/screenshots/help-narrow.png', sizes: '720x1480', type: 'image/png', form_factor: 'narrow', label: 'Ayuda urgente' },
    { src: '/screenshots/home-wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'Inicio de Rumbo en una computadora' },
  ],
  shortcuts: [
    { name: 'Ayuda urgente', short_name: 'Ayuda urgente', url: '/es/help/', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
  ],
};
