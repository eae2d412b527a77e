import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../core/digest/build.ts';
import { digestEntry } from '../../../core/digest/entry.ts';
import { renderHtml } from '../../../core/digest/html.ts';
import { escapeMd, renderMarkdown } from '../../../core/digest/markdown.ts';
import { dateText } from '../../../core/format/deadline-text.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';
import { normaliseSnapshot } from '../../../core/store/snapshot.ts';

const now = new Date('2026-12-01T08:00:00Z');
const snapshot = normaliseSnapshot(
  JSON.parse(readFileSync(new URL('../../../data/snapshot/calls.json', import.meta.url), 'utf8')),
  { file: 'data/snapshot/calls.json' },
  now,
);
const profile = getSeedProfile('karlskrona');
if (!profile) throw new Error('no karlskrona seed profile');
// Everything in the snapshot is new: a first digest, the fullest one a reader gets.
const digest = buildDigest({ calls: snapshot.calls, profile, since: new Date('2020-01-01T00:00:00Z'), now });

/** One match's part of the Markdown digest: from its heading (title and link) to the next heading. */
function section(md: string, call: { title: string; url: string }): string {
  const start = md.indexOf(`### [${escapeMd(call.title)}](<${call.url}>)`);
  expect(start).toBeGreaterThan(0);
  const end = md.indexOf('\n## ', start);
  const next = md.indexOf('\n### ', start + 1);
  return md.slice(start, next > 0 && next < end ? next : end);
}

const count = (text: string, part: string) => text.split(part).length - 1;
const value = (figure: string) => Number(figure.replace('−', '-').replace(',', '.').replace(/\s*p$/, ''));

describe('a new match in the digest tells each fact once', () => {
  const md = renderMarkdown(digest, 'sv');

  it('has several new matches to read', () => {
    expect(digest.newMatches.length).toBeGreaterThan(3);
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`states the score once beside the verdict and once as the sum's total (${lang})`, () => {
      const text = renderMarkdown(digest, lang);
      for (const m of digest.newMatches) {
        const s = section(text, m.call);
        const score = String(m.match.score).replace('.', lang === 'sv' ? ',' : '.');
        expect(s).toContain(` · ${score} p · `);
        expect(s).toMatch(new RegExp(`= ${score} p\\n`));
        expect(s).not.toMatch(/Poäng \d+ av 100|Score \d+ of 100/);
        expect(count(s, `${score} p`)).toBe(2);
      }
    });
  }

  it('gives each deadline date once, with its days left', () => {
    for (const m of digest.newMatches) {
      const s = section(md, m.call);
      for (const d of m.call.deadlines) {
        const others = m.call.deadlines.filter((x) => x !== d && x.date === d.date).length;
        expect(count(s, dateText(d.date, 'sv'))).toBe(1 + others);
      }
      if (m.call.deadlines.some((d) => new Date(d.date) > now)) expect(s).toMatch(/, (om \d+ dagar|i morgon|i dag)/);
    }
  });

  it('adds up: the figures of the why lines are the sum line’s terms, and they total the score', () => {
    for (const lang of ['sv', 'en'] as const) {
      for (const m of digest.newMatches) {
        const e = digestEntry(m.call, m.match, lang, now);
        const figures = e.why.flatMap((w) => (w.figure ? [w.figure] : []));
        const terms = /^(?:Summa|Total): (.*) = /.exec(e.sum)?.[1].split(/ (?=[+−])/) ?? [];
        expect(terms).toEqual(figures.filter((f) => value(f) !== 0));
        expect(Math.round(figures.reduce((t, f) => t + value(f), 0) * 10) / 10).toBe(m.match.score);
        for (const f of figures) expect(f).toMatch(lang === 'sv' ? /^[+−]\d+(,\d)? p$/ : /^[+−]\d+(\.\d)? p$/);
      }
    }
  });

  it('folds the small hits into one line in Swedish and English, and shows no quote twice', () => {
    const folded = digest.newMatches.filter((m) =>
      digestEntry(m.call, m.match, 'sv', now).why.some((w) => w.label === 'Övriga, mindre träffar'),
    );
    expect(folded.length).toBeGreaterThan(0);
    const en = digestEntry(folded[0].call, folded[0].match, 'en', now);
    expect(en.why.some((w) => w.label === 'Other, minor matches' && /^\+\d+(\.\d)? p$/.test(w.figure ?? ''))).toBe(
      true,
    );
    for (const m of digest.newMatches) {
      const quotes = digestEntry(m.call, m.match, 'sv', now).why.flatMap((w) => w.text?.match(/”[^”]{20,}”/g) ?? []);
      expect(new Set(quotes).size).toBe(quotes.length);
    }
  });

  it('does not list again under coming deadlines a call told above', () => {
    const upcoming = md.slice(
      md.indexOf('## Sista ansökningsdagar de närmaste veckorna'),
      md.indexOf('## Bortfiltrerat'),
    );
    for (const m of digest.newMatches) expect(upcoming).not.toContain(`](<${m.call.url}`);
    const above = digest.upcoming.filter((u) => digest.newMatches.some((m) => m.call.id === u.call.id)).length;
    if (above > 0) expect(upcoming).toMatch(/Och (en|\d+) av de nya utlysningarna ovan\./);
  });

  it('renders the same entry in HTML, funder text escaped, each figure unbroken', () => {
    const html = renderHtml(digest, 'sv');
    expect(html).not.toContain('Poäng ');
    expect(html).toContain('<strong>Övriga, mindre träffar</strong> <span style="white-space:nowrap">+');
    expect(html).not.toMatch(/[+−]\d+(,\d)? p\b/);
  });
});

describe('text from elsewhere in a digest entry', () => {
  it('stays text: a priority label or a quote with markup is escaped in HTML and Markdown', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const m = digest.newMatches[0];
    const reasons = m.match.reasons.map((r, i) =>
      i === 0 ? { ...r, priorityLabel: { sv: `${evil} [x](javascript:alert(1))`, en: evil } } : r,
    );
    const hostile = { ...digest, newMatches: [{ ...m, match: { ...m.match, reasons } }] };
    const html = renderHtml(hostile, 'sv');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    const md = renderMarkdown(hostile, 'sv');
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
  });
});
