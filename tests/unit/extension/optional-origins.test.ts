import { describe, expect, it } from 'vitest';
import { FUNDER_API_ORIGINS } from '../../../extension/api-origins.ts';
import { originsInUse } from '../../../extension/background/optional-origins.ts';

const none = { addedSites: [], feedUrl: '' };

describe('which optional origins a feature still needs', () => {
  it('the team server, while joined: its origin, whatever path it is served under', () => {
    const used = originsInUse(none, { server: 'https://intra.region.se/fundwatch' });
    expect(used.has('https://intra.region.se/*')).toBe(true);
    expect(originsInUse(none, undefined).has('https://intra.region.se/*')).toBe(false);
  });

  it('an added site and the feed keep an origin the team no longer needs', () => {
    const server = 'http://127.0.0.1:4173';
    expect(originsInUse({ addedSites: [server], feedUrl: '' }, undefined).has(`${server}/*`)).toBe(true);
    expect(originsInUse({ addedSites: [], feedUrl: `${server}/calls.json` }, undefined).has(`${server}/*`)).toBe(true);
    expect(originsInUse({ addedSites: ['http://127.0.0.1:5000'], feedUrl: '' }, undefined).has(`${server}/*`)).toBe(
      false,
    );
  });

  it("the funders' data APIs stay with their checkbox", () => {
    const used = originsInUse(none, undefined);
    for (const o of FUNDER_API_ORIGINS) expect(used.has(o)).toBe(true);
  });
});
