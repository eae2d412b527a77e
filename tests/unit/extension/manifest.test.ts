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

describe('extension conventions', () => {
  const locale = (l: string) =>
    JSON.parse(readFileSync(`extension/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string }>;

  it('is Swedish first: default_locale sv, every __MSG__ name in both sv and en', async () => {
    const m = (await manifest()) as Manifest & {
      default_locale?: string;
      name: string;
      description: string;
      action: { default_title: string };
      commands: Record<string, { description: string; suggested_key: { default: string } }>;
    };
    expect(m.default_locale).toBe('sv');
    const keys = [m.name, m.description, m.action.default_title, ...Object.values(m.commands).map((c) => c.description)]
      .map((v) => /^__MSG_(\w+)__$/.exec(v)?.[1])
      .filter((k): k is string => !!k);
    expect(keys.length).toBe(4);
    const sv = locale('sv');
    const en = locale('en');
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    for (const k of keys) {
      expect(sv[k]?.message, k).toBeTruthy();
      expect(en[k]?.message, k).toBeTruthy();
    }
    // The store shows at most 132 characters of the description.
    expect(sv.extDescription.message.length).toBeLessThanOrEqual(132);
    expect(en.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it('has icons at 16, 32, 48 and 128 px, and a keyboard shortcut for the popup', async () => {
    const m = (await manifest()) as Manifest & {
      icons: Record<string, string>;
      commands: Record<string, { suggested_key: { default: string } }>;
    };
    expect(Object.keys(m.icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, file] of Object.entries(m.icons)) {
      const png = readFileSync(file);
      // PNG header: width and height are big-endian at bytes 16 and 20.
      expect(png.readUInt32BE(16), file).toBe(Number(size));
      expect(png.readUInt32BE(20), file).toBe(Number(size));
    }
    expect(m.commands._execute_action.suggested_key.default).toMatch(/^(Alt|Ctrl)\+/);
  });

  it('keeps the Chrome Web Store listing material in the repository', () => {
    for (const f of [
      'extension/store/description.sv.md',
      'extension/store/description.en.md',
      'extension/store/privacy-policy.md',
      'extension/store/single-purpose.md',
    ]) {
      expect(existsSync(f), f).toBe(true);
      expect(readFileSync(f, 'utf8').length, f).toBeGreaterThan(200);
    }
  });
});
