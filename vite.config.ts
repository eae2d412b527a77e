import { defineConfig, type UserConfig } from 'vite';

/**
 * One config, three products: `vite build --mode ext` (dist/ext), `--mode pwa` (dist/pwa), `--mode cli` (dist/cli).
 * Any other mode throws, so a plain `vite build` never silently builds just one of them.
 */
export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  if (mode === 'ext') return (await import('./extension/vite.ext.ts')).default;
  if (mode === 'pwa') return (await import('./pwa/vite.pwa.ts')).default;
  if (mode === 'cli') return (await import('./cli/vite.cli.ts')).default;
  throw new Error(`vite: build with --mode ext, --mode pwa or --mode cli (got "${mode}")`);
});
