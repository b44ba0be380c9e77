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
import { shellRoutes, type TitleSource } from './src/build/offline-shell';
import { offlineFiles } from './src/build/offline-files';

const contentDir = fileURLToPath(new URL('./content', import.meta.url));

/**
 * Static hosts serve /404.html for unknown paths; the prerenderer writes it as 404/index.html.
 * (The service worker's app shells stay where the prerenderer writes them, /es/app-shell/index.html
 * and /en/app-shell/index.html: src/build/offline-shell.ts.)
 */
function topLevelPages(): Plugin {
  return {
    name: 'rumbo-top-level-pages',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const name of ['404']) {
        const page = bundle[`${name}/index.html`];
        if (page?.type !== 'asset') return this.error(`The page ${name} was not prerendered (${name}/index.html)`);
        delete bundle[`${name}/index.html`];
        this.emitFile({ type: 'asset', fileName: `${name}.html`, source: page.source });
      }
    },
  };
}

/**
 * `vite preview` (npm start) answers a link with repeated slashes (`//`, `//es/`, `/es//flows/`)
 * with a redirect to the address it meant, instead of failing on it (the prerender plugin's
 * middleware reads `//` as a URL with no host, and the server stops). The app reads such links the
 * same way (src/routes.ts, cleanPath). Never a redirect to another host: the Location starts with one
 * slash.
 */
function previewRepeatedSlashes(): Plugin {
  return {
    name: 'rumbo-preview-repeated-slashes',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '/';
        const path = url.split('?', 1)[0]!;
        if (!path.includes('//')) return next();
        res.statusCode = 308;
        res.setHeader('Location', path.replace(/\/{2,}/g, '/') + url.slice(path.length));
        res.end();
      });
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

const offline = offlineFiles();

/** The content, checked once per build (the prerendered routes and the offline shell's titles come from it). */
let checked: ReturnType<typeof buildContent> | undefined;
const content = () => (checked ??= buildContent(contentDir));

/** The titles the offline shell writes in: each language's common text, each flow's title. */
const shellTitles = (): TitleSource => ({
  common: (lang) => content().texts[lang]!.common as Record<string, unknown>,
  flows: content().flows.map((f) => ({ id: f.id, title: (lang) => String((content().texts[lang]![f.id] as { title?: unknown } | undefined)?.title ?? '') })),
});

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
    previewRepeatedSlashes(),
    rumboContent(contentDir),
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        additionalPrerenderRoutes: command === 'build' ? prerenderRoutes(content().flows.map((f) => ({ id: f.id, steps: pageSteps(f) }))) : [],
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
    // The list of what the service worker keeps, for the app to check and mend: src/build/offline-files.ts.
    offline.plugin,
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      // Every file the worker keeps comes from globPatterns (the icons too), so that the list the
      // app checks (offline-files.json) is the whole precache.
      includeAssets: [],
      includeManifestIcons: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,webmanifest}', 'icons/*.png'],
        // Offline, every page is drawn by the app from its language's shell; only the pages a person
        // may need at once (home, urgent help) keep their prerendered HTML in the cache. Every kilobyte
        // counts: the root only sends the person to their language's home, so the shell draws it too.
        globIgnores: [
          'screenshots/**',
          'assets/prerender-*.js',
          'index.html',
          '404.html',
          'offline-files.json',
          '{es,en}/{flows,sources,references,about,settings,results,search}/**',
        ],
        // Each language's shell answers its pages, with the page's title: src/build/offline-shell.ts.
        navigateFallback: null,
        runtimeCaching: command === 'build' ? shellRoutes(shellTitles()) : [],
        manifestTransforms: [offline.transform],
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
}));
