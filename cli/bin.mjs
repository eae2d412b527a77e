#!/usr/bin/env node
// `npx fundwatch …`: runs the TypeScript CLI with tsx's loader, resolved from this package wherever npm put it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const loader = import.meta.resolve('tsx');
const result = spawnSync(process.execPath, ['--import', loader, join(here, 'main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
