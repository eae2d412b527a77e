import { describe, expect, it } from 'vitest';
import { failedCodeFile } from '../../../pwa/lib/import-again.ts';

const BASE = 'https://fundwatch.example/';
const file = (message: string, base = BASE) => failedCodeFile(new TypeError(message), base)?.href;

describe('failedCodeFile', () => {
  it("takes the file from Chromium's and Firefox's message, without an earlier retry's query", () => {
    expect(file('Failed to fetch dynamically imported module: https://fundwatch.example/assets/timeline-AbC1.js')).toBe(
      'https://fundwatch.example/assets/timeline-AbC1.js',
    );
    expect(file('error loading dynamically imported module: https://fundwatch.example/assets/a-1.js?retry=2')).toBe(
      'https://fundwatch.example/assets/a-1.js',
    );
  });

  it("names nothing for Safari's message, another error or a non-error", () => {
    expect(file('Importing a module script failed.')).toBeUndefined();
    expect(file('Failed to fetch dynamically imported module')).toBeUndefined();
    expect(failedCodeFile('Failed to fetch dynamically imported module: https://fundwatch.example/a.js', BASE)).toBe(
      undefined,
    );
  });

  it('never names a file of another origin, outside the base, or not over http(s)', () => {
    expect(file('Failed to fetch dynamically imported module: https://evil.example/assets/a.js')).toBeUndefined();
    expect(file('Failed to fetch dynamically imported module: http://fundwatch.example/assets/a.js')).toBeUndefined();
    expect(
      file('Failed to fetch dynamically imported module: https://fundwatch.example/other/a.js', `${BASE}app/`),
    ).toBeUndefined();
    expect(file('Failed to fetch dynamically imported module: data:text/javascript,alert(1)')).toBeUndefined();
    expect(file('Failed to fetch dynamically imported module: javascript:alert(1)')).toBeUndefined();
  });
});
