import { describe, expect, it } from 'vitest';
import { configFromArgs } from '../../../cli/commands/serve.ts';
import { parseDuration } from '../../../server/config.ts';
import { parseOriginMap, rewritingFetch } from '../../../server/source-origins.ts';

describe('server flags', () => {
  it('has the documented defaults and passes flags through', () => {
    const d = configFromArgs([], '/srv/fw');
    expect(d).toMatchObject({
      host: '127.0.0.1',
      port: 4173,
      dataDir: '/srv/fw/data',
      offline: false,
      fetchEveryMs: 6 * 3_600_000,
    });
    const c = configFromArgs(
      ['--port', '0', '--host', '0.0.0.0', '--data', 'x', '--offline', '--fetch-every', '30m', '--no-open-teams'],
      '/srv',
    );
    expect(c).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/srv/x',
      offline: true,
      fetchEveryMs: 1_800_000,
      openTeams: false,
    });
  });

  it('names the bad flag', () => {
    expect(() => configFromArgs(['--port', 'abc'], '/')).toThrow(/port/);
    expect(() => configFromArgs(['--fetch-every', 'weekly'], '/')).toThrow(/fetch-every/);
    expect(() => configFromArgs(['--sources', 'nope'], '/')).toThrow(/unknown source/);
    expect(() => configFromArgs(['--bogus'], '/')).toThrow();
    // A build folder made elsewhere must be one: its index.html is looked for at start, the path named.
    expect(() => configFromArgs(['--app-dir', 'no-build-here'], '/srv')).toThrow(
      /no index\.html in \/srv\/no-build-here/,
    );
  });

  it('reads durations', () => {
    expect(parseDuration('6h', 'x')).toBe(21_600_000);
    expect(parseDuration('90s', 'x')).toBe(90_000);
    expect(parseDuration('1d', 'x')).toBe(86_400_000);
    expect(parseDuration('off', 'x')).toBe(0);
  });
});

describe('FUNDWATCH_SOURCE_ORIGINS (tests only)', () => {
  it('rewrites mapped origins, keeping path and query', async () => {
    const seen: string[] = [];
    const base = (async (u: string | URL | Request) => {
      seen.push(String(u));
      return new Response('ok');
    }) as typeof fetch;
    const f = rewritingFetch(parseOriginMap('{"https://data.vinnova.se":"http://127.0.0.1:5000"}'), base);
    await f('https://data.vinnova.se/api/x/2024-01-01?a=1');
    await f('https://icld.se/feed/');
    expect(seen).toEqual(['http://127.0.0.1:5000/api/x/2024-01-01?a=1', 'https://icld.se/feed/']);
    expect(() => parseOriginMap('nope')).toThrow(/FUNDWATCH_SOURCE_ORIGINS/);
  });
});
