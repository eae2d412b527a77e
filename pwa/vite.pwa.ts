import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import lanData from '../core/data/lan.json' with { type: 'json' };
import { seedSummaries } from '../core/match/first-view.ts';
import { SEED_PROFILES } from '../core/profile/seeds.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** `vite build --mode pwa` → dist/pwa; `vite preview --mode pwa` serves it (see pwa/serve.ts). */
const config: UserConfig = {
  root: here('.'),
  base: '/',
  publicDir: here('./public'),
  // The bundled snapshot lives in data/, outside the app root.
  server: { fs: { allow: [here('..')] } },
  build: {
    outDir: here('../dist/pwa'),
    emptyOutDir: true,
    target: 'es2022',
    // The snapshot is fetched as a file, never inlined into JS.
    assetsInlineLimit: 0,
    // The files a lazily loaded file imports are not preloaded alongside it, only asked for once it has come: offline,
    // a preload fails with it, and Chromium keeps a failed file for the page (lib/import-again.ts), so a retry of the
    // view or the data layer could never load until a reload. Stylesheets are still loaded first; index.html's kept.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rollupOptions: {
      output: {
        // What the first view runs (Preact, the store, core's date words) is one file, not a row of small shared
        // chunks each fetched before the first paint; the lazy views import it from there.
        advancedChunks: {
          groups: [
            {
              name: 'shell',
              test: /node_modules[\\/]preact|pwa[\\/](i18n|state[\\/]store|db[\\/]entities[\\/]settings-defaults)|core[\\/](format|dates|model[\\/]deadline-time)/,
            },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  // The onboarding's choices (name, län, number of priorities of each seed profile), known at build: a new device
  // paints them without a request, and without loading the profiles themselves.
  define: {
    __FUNDWATCH_SEED_CHOICES__: JSON.stringify(
      seedSummaries(SEED_PROFILES, new Map(lanData.lan.map((l) => [l.id, l.name]))),
    ),
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  plugins: [
    preact(),
    VitePWA({
      // Our own service worker: precache + periodicsync + notificationclick handlers.
      strategies: 'injectManifest',
      srcDir: here('./workers'),
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      includeManifestIcons: false,
      injectManifest: {
        rollupFormat: 'iife',
        // webmanifest stays out: the plugin adds it itself, listing it twice precaches it twice. .mjs is code the
        // bundler emits as a file for a worker (pdf.js's, 1.1 MB, 0.3 MB gzipped): without it a PDF is unreadable
        // offline, and a page opened before a rebuild asks the server for a worker the rebuild deleted.
        globPatterns: ['**/*.{js,mjs,css,html,png,svg,json}'],
        // Manifest screenshots are for install dialogs, not for offline use.
        globIgnores: ['**/*.webmanifest', 'install/**'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
      manifest: {
        name: 'Fundwatch – bevakning av utlysningar',
        short_name: 'Fundwatch',
        description:
          'Utlysningar som matchar kommunens och regionens prioriteringar, med skäl, bevakning och tidslinje.',
        lang: 'sv',
        // A stable identity, so a later change of start_url is an update of the same app, not a new one.
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e89',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        screenshots: [
          {
            src: 'install/narrow-matchningar.png',
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Matchningar: utlysningar som kommunen kan söka, bäst matchning först',
          },
          {
            src: 'install/wide-tidslinje.png',
            sizes: '1280x800',
            type: 'image/png',
            form_factor: 'wide',
            label: 'Tidslinje: kommande 12 månader med ansökningssteg',
          },
        ],
        shortcuts: [
          { name: 'Bevakning', short_name: 'Bevakning', url: '/#/bevakning', description: 'Bevakade utlysningar' },
          { name: 'Tidslinje', short_name: 'Tidslinje', url: '/#/tidslinje', description: 'Kommande 12 månader' },
          { name: 'Matchningar', short_name: 'Matchningar', url: '/#/matchningar' },
        ],
        share_target: {
          action: '/',
          method: 'GET',
          enctype: 'application/x-www-form-urlencoded',
          params: { title: 'title', text: 'text', url: 'url' },
        },
      },
    }),
  ],
};

export default config;
