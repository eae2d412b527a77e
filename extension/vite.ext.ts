import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import type { Plugin, UserConfig } from 'vite';
import manifest from './manifest.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * crxjs exposes `?script` files to every web page (web_accessible_resources). Registered content scripts
 * do not need that, and exposing them lets any site detect the extension: drop the entry. Also removes
 * the unreferenced ESM copy of the content script that the `?script` import leaves behind.
 */
function tidyExtensionOutput(): Plugin {
  return {
    name: 'fundwatch:tidy-extension-output',
    enforce: 'post',
    // crxjs writes the manifest last, so edit the written file.
    writeBundle(options, bundle) {
      const dir = options.dir ?? here('../dist/ext');
      for (const name of Object.keys(bundle)) {
        if (/^assets\/main\.iife\.ts-[\w-]+\.js$/.test(name)) rmSync(join(dir, name), { force: true });
      }
      // The manifest's names come from _locales (default_locale "sv"), which Chrome reads from the root.
      cpSync(here('./_locales'), join(dir, '_locales'), { recursive: true });
      // Every icon size the manifest names (crxjs copies only some of them).
      cpSync(here('./icons'), join(dir, 'extension/icons'), { recursive: true });
      const file = join(dir, 'manifest.json');
      const written = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: unknown };
      delete written.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(written, null, 2)}\n`);
    },
  };
}

/**
 * `vite build --mode ext` → dist/ext. The content script is `main.iife.ts`: crxjs builds it as one
 * self-contained file (no ESM loader, no web-accessible chunks), which also keeps its size measurable.
 */
const config: UserConfig = {
  root: here('..'),
  publicDir: false,
  plugins: [preact(), crx({ manifest }), tidyExtensionOutput()],
  build: {
    outDir: here('../dist/ext'),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
  },
};

export default config;
