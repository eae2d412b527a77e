import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { FUNDER_MATCHES } from '../../../extension/funder-sites.ts';
import manifestFn from '../../../extension/manifest.ts';

type Manifest = {
  key?: string;
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  content_scripts: { matches: string[] }[];
  externally_connectable?: { matches: string[]; ids?: string[] };
  web_accessible_resources?: unknown;
  content_security_policy?: unknown;
};

async function manifest(): Promise<Manifest> {
  const fn = manifestFn as unknown as (env: { mode: string; command: string }) => Manifest | Promise<Manifest>;
  return await fn({ mode: 'ext', command: 'build' });
}

afterEach(() => {
  delete process.env.FUNDWATCH_TEST_KEY;
});

describe('manifest', () => {
  it('asks only for what it uses, and only for the named funder hosts', async () => {
    const m = await manifest();
    expect(m.permissions.sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
    expect(m.host_permissions).toEqual(FUNDER_MATCHES);
    const all = JSON.stringify([m.permissions, m.host_permissions]);
    expect(all).not.toContain('<all_urls>');
    expect(all).not.toContain('*://*/*');
    expect(m.content_scripts[0].matches).toEqual(FUNDER_MATCHES);
    for (const p of m.host_permissions) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    expect(m.content_security_policy).toBeUndefined();
  });

  it('lets only the app on this computer (loopback, any port) connect from a web page', async () => {
    const m = await manifest();
    expect(m.externally_connectable).toEqual({ matches: ['http://127.0.0.1/*', 'http://localhost/*'] });
  });

  it('pins the id only in the test build', async () => {
    expect((await manifest()).key).toBeUndefined();
    process.env.FUNDWATCH_TEST_KEY = '1';
    expect((await manifest()).key).toMatch(/^MIIB/);
  });

  it('the built manifest (when built) exposes no files to web pages', () => {
    const built = 'dist/ext/manifest.json';
    if (!existsSync(built)) return;
    const m = JSON.parse(readFileSync(built, 'utf8')) as Manifest;
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.key).toBeUndefined();
  });
});
