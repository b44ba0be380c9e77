import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { rumboContent } from './src/content/vite-plugin';
import { buildContent } from './src/content/build';
import { prerenderRoutes } from './src/routes';
import { manifest } from './src/pwa/manifest';

const contentDir = fileURLToPath(new URL('./content', import.meta.url));

/** Static hosts serve /404.html for unknown paths; the prerenderer writes /404/index.html. */
function notFoundPage(): Plugin {
  return {
    name: 'rumbo-404-html',
    enforce: 'post',
    generateBundle(_, bundle) {
      const page = bundle['404/index.html'];
      if (page?.type !== 'asset') return this.error('The not-found page was not prerendered (404/index.html)');
      delete bundle['404/index.html'];
      this.emitFile({ type: 'asset', fileName: '404.html', source: page.source });
    },
  };
}

export default defineConfig(({ command }) => ({
  root: 'src',
  publicDir: '../public',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2020',
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true },
  define: { __SITE_ORIGIN__: JSON.stringify(process.env.SITE_ORIGIN ?? 'http://localhost:4173') },
  plugins: [
    rumboContent(contentDir),
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        additionalPrerenderRoutes: command === 'build' ? prerenderRoutes(buildContent(contentDir).flows.map((f) => f.id)) : [],
        previewMiddlewareEnabled: true,
        previewMiddlewareFallback: '/404',
      },
    }),
    notFoundPage(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      includeAssets: ['icons/icon.svg', 'icons/favicon-32.png', 'icons/apple-touch-icon.png'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,webmanifest}'],
        globIgnores: ['screenshots/**', 'assets/prerender-*.js'],
        navigateFallback: '/404.html',
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
}));
