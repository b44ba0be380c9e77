import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { rumboContent } from './src/content/vite-plugin';
import { buildContent } from './src/content/build';
import { prerenderRoutes } from './src/routes';
import { pageSteps } from './src/engine';
import { manifest } from './src/pwa/manifest';
import { inlineCss } from './src/build/inline-css';
import { bootPreloads } from './src/build/boot-preloads';
import { compileHints } from './src/build/compile-hints';
import { localizedManifests } from './src/build/localized-manifest';

const contentDir = fileURLToPath(new URL('./content', import.meta.url));

/**
 * Static hosts serve /404.html for unknown paths, and the service worker answers every other
 * navigation with /app-shell.html; the prerenderer writes them as <name>/index.html.
 */
function topLevelPages(): Plugin {
  return {
    name: 'rumbo-top-level-pages',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const name of ['404', 'app-shell']) {
        const page = bundle[`${name}/index.html`];
        if (page?.type !== 'asset') return this.error(`The page ${name} was not prerendered (${name}/index.html)`);
        delete bundle[`${name}/index.html`];
        this.emitFile({ type: 'asset', fileName: `${name}.html`, source: page.source });
      }
    },
  };
}

/**
 * The development server injects styles and a hot-reload preamble inline, which the strict
 * Content-Security-Policy forbids: `npm run dev` serves the page without it (builds always keep it).
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'rumbo-dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
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
  // dlv (rosetta's one dependency) names a UMD build for browsers; its ES module build needs no
  // CommonJS wrapper in the entry chunk.
  resolve: { alias: [{ find: /^dlv$/, replacement: 'dlv/dist/dlv.es.js' }] },
  preview: { port: 4173, strictPort: true },
  define: { __SITE_ORIGIN__: JSON.stringify(process.env.SITE_ORIGIN ?? 'http://localhost:4173') },
  plugins: [
    rumboContent(contentDir),
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        additionalPrerenderRoutes: command === 'build' ? prerenderRoutes(buildContent(contentDir).flows.map((f) => ({ id: f.id, steps: pageSteps(f) }))) : [],
        previewMiddlewareEnabled: true,
        previewMiddlewareFallback: '/404',
      },
    }),
    topLevelPages(),
    // Each page names the code and data it needs before its first draw: src/build/boot-preloads.ts.
    bootPreloads(),
    // V8 compiles the app's code while it downloads, not on the main thread: src/build/compile-hints.ts.
    compileHints(),
    // The app's CSS inline in every page, its hash in the CSP (meta and _headers): src/build/inline-css.ts.
    inlineCss(),
    // English pages link an English manifest: src/build/localized-manifest.ts.
    localizedManifests(),
    devWithoutCsp(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      includeAssets: ['icons/icon.svg', 'icons/favicon-32.png', 'icons/apple-touch-icon.png'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,webmanifest}'],
        // Offline, every page is drawn by the app from the shell; only the pages a person may need
        // at once (home, urgent help) keep their prerendered HTML in the cache. Every kilobyte counts.
        globIgnores: [
          'screenshots/**',
          'assets/prerender-*.js',
          '404.html',
          '{es,en}/{flows,sources,references,about,settings,results,search}/**',
        ],
        navigateFallback: '/app-shell.html',
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
}));
