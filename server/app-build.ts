import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const APP_DIR = join(ROOT, 'dist/pwa');
/** What the app's build is made from: a newer file here means dist/pwa is stale. */
const SOURCE_DIRS = ['pwa', 'core'].map((d) => join(ROOT, d));
const SOURCE_FILES = ['vite.config.ts', 'package-lock.json'].map((f) => join(ROOT, f));

/** The newest modification time at or under `path` (a folder's own time changes when a file is added or removed). */
export function newestMtime(path: string): number {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** Why dist/pwa must be (re)built, or undefined when it is current. */
export function appBuildStale(): string | undefined {
  const index = join(APP_DIR, 'index.html');
  if (!existsSync(index)) return 'dist/pwa is missing';
  const built = statSync(index).mtimeMs;
  const newest = Math.max(...SOURCE_DIRS.map(newestMtime), ...SOURCE_FILES.map(newestMtime));
  return newest > built ? 'the app sources are newer than dist/pwa' : undefined;
}

/** `vite build --mode pwa` in a child process (NODE_ENV=production, or vite emits a dev build without worker). */
export function buildApp(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'pwa'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
