import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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
  },
  worker: { format: 'es' },
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
        // webmanifest stays out: the plugin adds it itself, listing it twice precaches it twice.
        globPatterns: ['**/*.{js,css,html,png,svg,json}'],
        globIgnores: ['**/*.webmanifest'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
      manifest: {
        name: 'Fundwatch – bevakning av utlysningar',
        short_name: 'Fundwatch',
        description:
          'Utlysningar som matchar kommunens och regionens prioriteringar, med skäl, bevakning och tidslinje.',
        lang: 'sv',
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
