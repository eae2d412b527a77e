import { describe, expect, it } from 'vitest';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { readJsonObject } from '../../../pwa/db/read-json-object.ts';
import { AppError, brokenRowText, errorText } from '../../../pwa/i18n/error-text.ts';

const caught = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('errors told in the reader’s language', () => {
  it('names file and field in Swedish with no English from the libraries', () => {
    const bad = caught(() =>
      normaliseCall(
        {
          id: 'x:1',
          source: 'x',
          funder: 'F',
          title: 'T',
          summary: '',
          url: 'https://example.org',
          language: 'sv',
          deadlines: [{ date: '2027-02-30', timeZone: 'Europe/Stockholm', kind: 'application' }],
        },
        { file: 'kopia.json', line: 4 },
      ),
    );
    const sv = errorText(bad, 'sv');
    expect(sv).toMatch(/^kopia\.json, rad 4: fältet ”deadlines\.0\.date” är inget möjligt datum$/);
    expect(sv).not.toMatch(/invalid|expected|received|date as/i);
    expect(errorText(bad, 'en')).toContain('kopia.json');
    expect(
      errorText(
        caught(() => readJsonObject('{', 'a.json', 'x')),
        'sv',
      ),
    ).toBe('a.json: filen är inte en giltig JSON-fil');
    expect(errorText(new AppError('feed-http', { url: 'https://f.example/calls.json', status: 503 }), 'sv')).toBe(
      'https://f.example/calls.json svarade med felkod 503',
    );
    // Code that did not come (a dynamic import's English "Failed to fetch dynamically imported module").
    expect(errorText(new AppError('code-unreachable'), 'sv')).toBe(
      'appens kod gick inte att hämta (ingen anslutning?)',
    );
    expect(errorText(new AppError('code-unreachable'), 'en')).toBe("the app's code could not be fetched (offline?)");
    expect(errorText(new Error('Something English'), 'sv')).toBe('ett oväntat fel inträffade');
    expect(
      brokenRowText('x:1: watchlist: field "call.deadlines.0.timeZone": unknown time zone "Mars/Olympus"', 'sv'),
    ).toBe('x:1: fältet ”call.deadlines.0.timeZone” är ingen känd tidszon');
  });
});
