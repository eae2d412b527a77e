import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureServer } from './ext-server.ts';

const SOURCES_DIR = join(process.cwd(), 'tests/fixtures/sources');

interface SourceFixtureManifest {
  responses: { file: string; url: string; contentType?: string }[];
}

/**
 * Serves every recorded source response (tests/fixtures/sources/<id>/manifest.json, the sources' own
 * fixtures) at its real URL, so the worker's weekly check fetches and parses them as it would live.
 * Returns the source ids served.
 */
export function serveSourceFixtures(server: FixtureServer): string[] {
  const served: string[] = [];
  for (const id of readdirSync(SOURCES_DIR)) {
    let manifest: SourceFixtureManifest;
    try {
      manifest = JSON.parse(readFileSync(join(SOURCES_DIR, id, 'manifest.json'), 'utf8')) as SourceFixtureManifest;
    } catch {
      continue;
    }
    for (const r of manifest.responses) {
      const url = new URL(r.url);
      const body = readFileSync(join(SOURCES_DIR, id, r.file), 'utf8');
      server.route(url.hostname, url.pathname, () => ({ type: r.contentType ?? 'text/html', body }));
    }
    served.push(id);
  }
  return served;
}
