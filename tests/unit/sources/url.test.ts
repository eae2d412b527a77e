import { describe, expect, it } from 'vitest';
import { parseHttpUrl, resolveHttpUrl, resolveUrl, safeHttpUrl } from '../../../core/sources/lib/url.ts';

const page = 'https://www.uhr.se/internationella-mojligheter/utlysningar/sida.html?x=1#top';

describe('URL resolution through the platform URL', () => {
  it.each([
    ['../x', 'https://www.uhr.se/internationella-mojligheter/x'],
    ['../../y/z', 'https://www.uhr.se/y/z'],
    ['./a', 'https://www.uhr.se/internationella-mojligheter/utlysningar/a'],
    ['a b', 'https://www.uhr.se/internationella-mojligheter/utlysningar/a%20b'],
    ['/root', 'https://www.uhr.se/root'],
    ['//other.eu/p', 'https://other.eu/p'],
    ['?page=2', 'https://www.uhr.se/internationella-mojligheter/utlysningar/sida.html?page=2'],
    ['#frist', 'https://www.uhr.se/internationella-mojligheter/utlysningar/sida.html?x=1#frist'],
    ['HTTPS://Vinnova.SE/e/', 'https://vinnova.se/e/'],
  ])('%s → %s', (href, want) => {
    expect(resolveUrl(href, page)).toBe(want);
  });

  it('never resolves to a non-http(s) address', () => {
    for (const href of ['mailto:info@uhr.se', 'javascript:alert(1)', 'tel:+46', 'data:text/html,x', 'ftp://x/y']) {
      expect(resolveHttpUrl(href, page), href).toBeUndefined();
      expect(resolveUrl(href, page), href).toBe(page);
    }
    expect(resolveHttpUrl('x', 'mailto:a@b.se')).toBeUndefined();
  });

  it('parses and vets absolute http(s) addresses only', () => {
    expect(parseHttpUrl('https://Interreg-Baltic.eu/calls?a=1')).toEqual({
      protocol: 'https',
      host: 'interreg-baltic.eu',
      path: '/calls',
      query: '?a=1',
    });
    expect(parseHttpUrl('/relative')).toBeUndefined();
    expect(parseHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('https://x.eu/"><script>')).toBeUndefined();
  });
});
