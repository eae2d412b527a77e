#!/usr/bin/env -S node --max-old-space-size=896 --max-semi-space-size=32
// `fundwatch …` / `npm run cli -- …`: runs the built CLI (dist/cli/main.js, plain JavaScript). In a checkout,
// a missing or stale build (a source newer than it) is rebuilt first, so a user never runs yesterday's code.
// The heap cap (shebang and `npm run cli`) keeps 100,000 scored calls under 1 GB: without it V8 lets a 400 MB
// live set grow to 1.4 GB before collecting. A 32 MB young generation (V8's default is 16) lets the garbage of
// reading and explaining each call die before it is copied: 10-20% less time at 10,000 and 100,000 calls.
// (bench/sections/engine.ts runs the CLI with the same flags.)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist/cli/main.js');

function newestSource(dir, newest = 0) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return newest;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = newestSource(p, newest);
    else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const sources = ['cli', 'core', 'server'].map((d) => join(root, d));
const inCheckout = existsSync(join(root, 'cli/vite.cli.ts')) && existsSync(join(root, 'node_modules/vite'));
if (inCheckout) {
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (sources.some((d) => newestSource(d) > builtAt)) {
    process.stderr.write('fundwatch: building the command line (dist/cli)…\n');
    const vite = join(root, 'node_modules/vite/bin/vite.js');
    const r = spawnSync(process.execPath, [vite, 'build', '--mode', 'cli'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) process.exit(3);
  }
}
if (!existsSync(built)) {
  process.stderr.write('fundwatch: dist/cli/main.js is missing; run `npm run build:cli`\n');
  process.exit(3);
}
await import(pathToFileURL(built).href);
