import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * /work/shared (seeds, relevance set) sits next to the main checkout, one level further up from a worktree
 * under /work/wt/: the first that exists, or undefined (tests that need it are skipped).
 */
export function sharedDir(sub: string): string | undefined {
  const root = join(import.meta.dirname, '..');
  return [join(root, '..', 'shared', sub), join(root, '..', '..', 'shared', sub)].find((d) => existsSync(d));
}
