import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../extension/content/main.iife.ts?script', () => ({ default: 'extension/content/main.iife.js' }));

const { syncAddedSites } = await import('../../../extension/background/added-sites.ts');

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
}

/** chrome.permissions and chrome.scripting as Chrome keeps them: granted origins and registered scripts. */
function fakeChrome(granted: string[], registered: Registered[]) {
  const scripts = [...registered];
  vi.stubGlobal('chrome', {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o)),
    },
    scripting: {
      getRegisteredContentScripts: async () => scripts.map((s) => ({ ...s })),
      registerContentScripts: async (list: Registered[]) => {
        scripts.push(...list);
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids)
          scripts.splice(
            scripts.findIndex((s) => s.id === id),
            1,
          );
      },
    },
  });
  return scripts;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('content scripts for sites the user added', () => {
  it('registers the content script for each granted origin, only once', async () => {
    const scripts = fakeChrome(['https://www.regionkalmar.se/*'], []);
    expect(await syncAddedSites(['https://www.regionkalmar.se'])).toEqual(['https://www.regionkalmar.se']);
    await syncAddedSites(['https://www.regionkalmar.se']);
    expect(scripts).toHaveLength(1);
    expect(scripts[0].matches).toEqual(['https://www.regionkalmar.se/*']);
    expect(scripts[0].js).toEqual(['extension/content/main.iife.js']);
  });

  it('drops sites whose permission was revoked, and leaves other registrations alone', async () => {
    const scripts = fakeChrome(
      [],
      [
        { id: 'fundwatch-site-https-www-regionkalmar-se', matches: ['https://www.regionkalmar.se/*'] },
        { id: 'someone-else', matches: ['https://x.example/*'] },
      ],
    );
    expect(await syncAddedSites(['https://www.regionkalmar.se'])).toEqual([]);
    expect(scripts.map((s) => s.id)).toEqual(['someone-else']);
  });
});
