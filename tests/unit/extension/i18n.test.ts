import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAND_LABEL, BAND_VERDICT } from '../../../core/match/band-labels.ts';
import type { Band } from '../../../core/model/match.ts';
import { bandLabel, msg } from '../../../extension/shared/i18n.ts';
import { errorText, UiError } from '../../../extension/shared/ui-error.ts';

/**
 * Meta-test of the extension's words: every UI string of the popup, the options page and the in-page
 * badges and panel is a message in _locales/sv and _locales/en (read through chrome.i18n), both catalogues
 * hold the same keys with the same substitutions, every key the code asks for exists, and no Swedish or
 * English text is left written into the UI code.
 */
const EXT = join(process.cwd(), 'extension');
type Catalogue = Record<string, { message: string; description?: string }>;
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(join(EXT, '_locales', lang, 'messages.json'), 'utf8')) as Catalogue;
const sv = catalogue('sv');
const en = catalogue('en');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === '_locales' || e.name === 'store' ? [] : files(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}
const sources = files(EXT).map((p) => ({ path: p.slice(EXT.length + 1), text: readFileSync(p, 'utf8') }));
const UI = sources.filter((s) => /^(popup|options|content\/ui)\//.test(s.path) && !s.path.endsWith('styles.ts'));

const placeholders = (m: string) => [...m.matchAll(/\$([1-9])/g)].map((x) => x[1]).sort();

describe('extension message catalogues', () => {
  it('has the same keys in Swedish and English, each a non-empty message with the same substitutions', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const key of Object.keys(sv)) {
      expect(/^[A-Za-z0-9_]+$/.test(key), key).toBe(true);
      expect(sv[key].message.trim(), `sv ${key}`).not.toBe('');
      expect(en[key].message.trim(), `en ${key}`).not.toBe('');
      expect(placeholders(en[key].message), key).toEqual(placeholders(sv[key].message));
    }
  });

  it('has every key the code asks for, and none the code never asks for', () => {
    const used = new Set<string>();
    for (const s of sources) {
      for (const m of s.text.matchAll(/\bmsg\(\s*[\w.()]+\s*,\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]);
      for (const m of s.text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]);
      for (const m of s.text.matchAll(/\bUiError\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]);
      // Tables of keys (bands) name them as plain literals.
      for (const m of s.text.matchAll(/:\s*'((?:band|panel|badge)[A-Z][A-Za-z0-9_]*)'/g)) used.add(m[1]);
    }
    for (const key of used) expect(Object.hasOwn(sv, key) && Object.hasOwn(en, key), `missing ${key}`).toBe(true);
    // catalogueLang is read by extension/shared/i18n.ts to learn which catalogue Chrome serves.
    const unused = Object.keys(sv).filter((k) => !used.has(k) && k !== 'catalogueLang');
    expect(unused).toEqual([]);
    expect(used.size).toBeGreaterThan(80);
  });

  it('leaves no Swedish or English text in the UI code', () => {
    const offending: string[] = [];
    for (const s of UI) {
      const code = s.text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
        .replace(/^import .*$/gm, '');
      // JSX text after an element's tag, and text attributes.
      for (const m of code.matchAll(/<\/?[a-z][\w-]*(?:\s[^<>]*)?>([^<>{};=]*)(?=<)/g))
        if (/\p{L}{2,}/u.test(m[1])) offending.push(`${s.path}: ${m[1].trim()}`);
      for (const m of code.matchAll(/\b(?:title|placeholder|aria-label|alt)="([^"]*)"/g))
        if (/\p{L}{2,}/u.test(m[1]) && !/^https?:\/\//.test(m[1])) offending.push(`${s.path}: ${m[1]}`);
      // String literals that read as words: a capitalised word or Swedish letters (class names, tags and
      // event names are lower-case ASCII).
      for (const m of code.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`\n]*)`/g)) {
        const lit = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' ');
        if (/[åäöÅÄÖ]/.test(lit) || /(?<![\p{L}-])[A-ZÅÄÖ][a-zåäö]{2,}/u.test(lit)) {
          if (/^(?:Escape|Enter)$/.test(lit) || /^[A-Z][A-Za-z]+Element$/.test(lit)) continue;
          offending.push(`${s.path}: ${lit}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('names the bands as core does (the app, CLI and digest read core/match/band-labels.ts)', () => {
    for (const band of Object.keys(BAND_LABEL) as Band[]) {
      for (const lang of ['sv', 'en'] as const) {
        expect(bandLabel(lang, band)).toBe(BAND_LABEL[band][lang]);
        const key = `bandVerdict${band[0].toUpperCase()}${band.slice(1)}`;
        expect((lang === 'sv' ? sv : en)[key].message).toBe(BAND_VERDICT[band][lang]);
      }
    }
  });

  it("tells the worker's coded errors in the reader's language, and any other error as it came", () => {
    const err = new UiError('errSiteAlreadyCovered', 'https://www.vinnova.se');
    expect(errorText('sv', err)).toBe('https://www.vinnova.se bevakas redan.');
    expect(errorText('en', new Error(err.message))).toBe('https://www.vinnova.se is already covered.');
    expect(errorText('sv', new Error('errNotAKey'))).toBe('errNotAKey');
    expect(errorText('en', new Error('network down'))).toBe('network down');
  });

  it('substitutes $1… as chrome.i18n does, outside the browser too', () => {
    expect(msg('sv', 'popupAndMoreOnThe', '12')).toBe('och 12 till på sidan (markerade där)');
    expect(msg('en', 'badgeOpens', '15 Jan 2027')).toBe('Opens 15 Jan 2027');
  });
});
