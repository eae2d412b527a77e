import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const ROOT = here('..');
const OUT = here('../dist/cli');
const pkg = JSON.parse(readFileSync(here('../package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const PACKAGES = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];

/**
 * Modules find files beside them (the recorded fixtures, the app build, the eval set) from `import.meta.url`.
 * Bundled, every module would see dist/cli/…; this keeps each module's own address, computed from where the
 * bundle lies, so paths resolve the same from the sources and from the build, wherever the package is installed.
 */
function keepModuleUrls(): Plugin {
  return {
    name: 'fundwatch:keep-module-urls',
    transform(code, id) {
      if (!code.includes('import.meta.url') || id.includes('/node_modules/') || !id.startsWith(ROOT)) return null;
      const fromBundle = relative(OUT, id.split('?')[0]).split('\\').join('/');
      return code.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`);
    },
  };
}

/**
 * `vite build --mode cli` → dist/cli/main.js: the command line as plain JavaScript for Node (no TypeScript
 * loader at run time). Packages stay external (node_modules is there at run time); commands stay lazy chunks.
 */
const config: UserConfig = {
  root: ROOT,
  publicDir: false,
  logLevel: 'warn',
  plugins: [keepModuleUrls()],
  ssr: { external: PACKAGES, noExternal: [] },
  build: {
    ssr: here('./entry.ts'),
    outDir: OUT,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      external: [
        ...builtinModules,
        ...builtinModules.map((m) => `node:${m}`),
        // A package's JSON data (i18n-iso-countries' locale files) is bundled: Node needs an import attribute on a
        // JSON import, which an external import in the build does not keep.
        ...PACKAGES.map((p) => new RegExp(`^${p}(/(?!.*\\.json$)|$)`)),
      ],
      output: { format: 'es', entryFileNames: 'main.js', chunkFileNames: '[name]-[hash].js' },
    },
  },
};

export default config;
