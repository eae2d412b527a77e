import { defineConfig, type UserConfig } from 'vite';

/**
 * One config, two products: `vite build --mode ext` (dist/ext) and `--mode pwa` (dist/pwa).
 * Any other mode throws, so a plain `vite build` never silently builds just one of them.
 */
export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  if (mode === 'ext') return (await import('./extension/vite.ext.ts')).default;
  if (mode === 'pwa') return (await import('./pwa/vite.pwa.ts')).default;
  throw new Error(`vite: build with --mode ext or --mode pwa (got "${mode}")`);
});
