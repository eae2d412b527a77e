import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../cli/fetch/offline.ts';
import { PROGRAMME_AREAS } from '../../../core/data/index.ts';
import { allHosts, PLANS, SOURCE_IDS, SOURCES } from '../../../core/sources/registry.ts';
import { parseFixtures } from './support.ts';

const FUNDERS_DIR = resolve(import.meta.dirname, '../../../core/funders');

describe('source registry', () => {
  const parsers = readdirSync(FUNDERS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FUNDERS_DIR, d.name, 'parser.ts')))
    .map((d) => d.name);

  it('lists every funder that has a parser, and each funder folder is named by its source id', () => {
    expect([...SOURCE_IDS].sort()).toEqual(parsers.sort());
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
