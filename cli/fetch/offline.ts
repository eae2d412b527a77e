import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../core/model/errors.ts';
import type { SourceInput } from '../../core/sources/types.ts';

/** tests/fixtures/sources: the recorded responses every source is tested on and the offline fetch reads. */
export const FIXTURES_DIR = resolve(fileURLToPath(new URL('../../tests/fixtures/sources', import.meta.url)));

interface Manifest {
  fetchedAt: string;
  responses: { file: string; url: string; contentType?: string }[];
}

export function readManifest(sourceId: string, root = FIXTURES_DIR): Manifest {
  const path = join(root, sourceId, 'manifest.json');
  if (!existsSync(path)) throw new InputError(`no recorded fixtures for source "${sourceId}"`, { file: path });
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The recorded responses of one source, as its parser receives them from a live fetch. */
export function fixtureInputs(sourceId: string, root = FIXTURES_DIR): SourceInput[] {
  const m = readManifest(sourceId, root);
  return m.responses.map((r) => ({
    body: readFileSync(join(root, sourceId, r.file), 'utf8'),
    url: r.url,
    ...(r.contentType ? { contentType: r.contentType } : {}),
    fetchedAt: m.fetchedAt,
  }));
}
