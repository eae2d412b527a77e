import { describe, expect, it } from 'vitest';
import { fixtureInputs } from '../../../cli/fetch/offline.ts';
import { InputError } from '../../../core/model/errors.ts';
import { getSource, parseResponses, SOURCES } from '../../../core/sources/registry.ts';
import type { SourceInput } from '../../../core/sources/types.ts';

const at = '2026-11-20T06:00:00.000Z';
const input = (body: string, url = 'https://example.test/x'): SourceInput => ({ body, url, fetchedAt: at });

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('malformed input, per format', () => {
  it.each(SOURCES.map((s) => s.id))('%s: an empty response is a named error', (id) => {
    const e = errorOf(() => getSource(id).parse(input('   \n')));
    expect(e.message).toContain(id);
    expect(e.message).toContain('empty');
  });

  it.each(SOURCES.map((s) => s.id))('%s: a truncated response is a named error or yields no false calls', (id) => {
    const first = fixtureInputs(id)[0];
    const cut = { ...first, body: first.body.slice(0, Math.floor(first.body.length / 2)) };
    try {
      const calls = getSource(id).parse(cut);
      // Tolerant HTML parsing may still read the first half: whatever it finds must be well formed.
      for (const c of calls) expect(c.id.startsWith(`${id}:`)).toBe(true);
      expect(getSource(id).format).toBe('html');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toContain(id);
    }
  });

  it('invalid JSON names the line and column', () => {
    const e = errorOf(() => getSource('vinnova').parse(input('[\n  {"Diarienummer": "2026-1",\n  "Titel": }\n]')));
    expect(e.location.line).toBe(3);
    expect(e.message).toMatch(/invalid JSON/);
  });

  it('JSON of the wrong shape names the field', () => {
    expect(errorOf(() => getSource('eu-ft').parse(input('{"totalResults": 3}'))).field).toBe('results');
    expect(errorOf(() => getSource('vinnova').parse(input('[{"Titel": "x"}]'))).field).toBe('Diarienummer');
  });

  it('truncated XML names the unclosed tags and the line', () => {
    const e = errorOf(() =>
      getSource('icld').parse(input('<?xml version="1.0"?>\n<rss><channel>\n<item><title>Call</title>')),
    );
    expect(e.message).toMatch(/malformed XML/);
    expect(e.message).toMatch(/<rss> <channel> <item>/);
  });

  it('a feed that is neither RSS nor Atom is refused', () => {
    expect(errorOf(() => getSource('icld').parse(input('<html><body>no feed</body></html>'))).message).toMatch(
      /not an RSS or Atom/,
    );
  });

  it('an HTML page with an unexpected layout is refused, not read as zero calls', () => {
    const page = '<html><body><main><p>Under maintenance</p></main></body></html>';
    for (const id of ['uhr', 'mucf', 'interreg-central-baltic', 'interreg-south-baltic', 'interreg-oks']) {
      expect(errorOf(() => getSource(id).parse(input(page))).message).toMatch(/layout not recognised/);
    }
  });

  it('a broken iCalendar is a named error', () => {
    expect(
      errorOf(() => getSource('interreg-no').parse(input('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2027'))).message,
    ).toMatch(/malformed iCalendar/);
  });

  it('a 5 MB page still parses (padding around the real content)', () => {
    const [page] = fixtureInputs('interreg-central-baltic');
    const pad = `<div class="filler">${'<p>Lorem ipsum dolor sit amet, interreg cooperation text.</p>'.repeat(90_000)}</div>`;
    const big = { ...page, body: page.body.replace('<footer', `${pad}<footer`) };
    expect(big.body.length).toBeGreaterThan(5_000_000);
    expect(getSource('interreg-central-baltic').parse(big)).toHaveLength(5);
  });

  it('a 5 MB JSON response still parses', () => {
    const inputs = fixtureInputs('eu-ft');
    const page = JSON.parse(inputs[0].body) as { results: unknown[] };
    const filler = { metadata: { title: ['x'] }, content: 'y'.repeat(50_000) };
    page.results.push(...Array.from({ length: 110 }, () => filler));
    const big = { ...inputs[0], body: JSON.stringify(page) };
    expect(big.body.length).toBeGreaterThan(5_000_000);
    expect(parseResponses(getSource('eu-ft'), [big, inputs[1]]).length).toBe(6);
  });

  it('a response over the size limit is refused before parsing', () => {
    const e = errorOf(() => getSource('vinnova').parse(input(' '.repeat(20_000_001))));
    expect(e.message).toMatch(/over the limit/);
  });
});
