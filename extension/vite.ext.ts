import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import type { Plugin, UserConfig } from 'vite';
import manifest from './manifest.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * `vite build --mode ext` → dist/ext. The content script is `main.iife.ts`: crxjs builds it as one
 * self-contained file (no ESM loader, no web-accessible chunks), which also keeps its size measurable.
 */
/**
 * crxjs exposes `?script` files to every web page (web_accessible_resources). Registered content scripts
 * do not need that, and exposing them lets any site detect the extension: drop the entry.
 */
function noWebAccessibleScripts(): Plugin {
  return {
    name: 'fundwatch:no-web-accessible-scripts',
    enforce: 'post',
    // crxjs writes the manifest last, so edit the written file.
    writeBundle(options) {
      const file = join(options.dir ?? here('../dist/ext'), 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: unknown };
      delete manifest.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

const config: UserConfig = {
  root: here('..'),
  publicDir: false,
  plugins: [preact(), crx({ manifest }), noWebAccessibleScripts()],
  build: {
    outDir: here('../dist/ext'),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
  },
};

export default config;
