import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../cli/fetch/offline.ts';
import { PROGRAMME_AREAS } from '../../../core/data/index.ts';
import { allHosts, SOURCE_IDS, SOURCES } from '../../../core/sources/registry.ts';
import { PLANS } from '../../../core/sources/requests.ts';
import { parseFixtures } from './support.ts';

const SOURCES_DIR = resolve(import.meta.dirname, '../../../core/sources');
/** Files in core/sources that are infrastructure, not sources. */
const NOT_SOURCES = new Set(['types.ts', 'registry.ts', 'requests.ts', 'recurring.ts']);

describe('source registry', () => {
  const files = readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.ts') && !NOT_SOURCES.has(f));

  it('lists every source file, and each file is named by its source id', () => {
    expect([...SOURCE_IDS].sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it.each(SOURCE_IDS)('%s has a plan, recorded fixtures with an expected parse, and its own test', (id) => {
    expect(PLANS[id]?.hosts.length).toBeGreaterThan(0);
    const manifest = JSON.parse(readFileSync(join(FIXTURES_DIR, id, 'manifest.json'), 'utf8')) as {
      responses: { file: string }[];
    };
    expect(manifest.responses.length).toBeGreaterThan(0);
    for (const r of manifest.responses) expect(existsSync(join(FIXTURES_DIR, id, r.file))).toBe(true);
    expect(existsSync(join(FIXTURES_DIR, id, 'expected.json'))).toBe(true);
    expect(existsSync(resolve(import.meta.dirname, `${id}.test.ts`))).toBe(true);
    expect(parseFixtures(id).length).toBeGreaterThanOrEqual(2);
  });

  it('every call carries a programme area known to core/data/programme-areas.json when it has one', () => {
    const known = new Set(PROGRAMME_AREAS.areas.map((a) => a.id));
    for (const s of SOURCES) {
      for (const c of parseFixtures(s.id)) {
        if (s.id.startsWith('interreg-')) expect(c.programmeArea, c.id).toBeDefined();
        if (c.programmeArea) expect(known.has(c.programmeArea), `${c.id}: ${c.programmeArea}`).toBe(true);
      }
    }
  });

  it('ids are source-prefixed and unique per source', () => {
    for (const s of SOURCES) {
      const ids = parseFixtures(s.id).map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.startsWith(`${s.id}:`)).toBe(true);
    }
  });

  it('names only funder hosts, never a wildcard', () => {
    for (const h of allHosts()) expect(h).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
  });
});
