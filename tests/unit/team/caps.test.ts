import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEAM_CAPS } from '../../../core/team/caps.ts';
import { readHiddenCalls, readTeamEntry, readTeamProfile } from '../../../core/team/index.ts';

const now = new Date('2026-09-01T08:00:00Z');
const at = now.toISOString();
const call = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  source: 'eu-ft',
  funder: 'European Commission',
  title: 'Town-Twinning',
  summary: '',
  url: 'https://ec.europa.eu/x',
  language: 'en',
  deadlines: [{ date: '2027-03-02', timeZone: 'Europe/Brussels', kind: 'application', label: 'L'.repeat(5000) }],
  ...over,
});

/** Writes an entry as another device could, with plain Yjs calls. */
function write(doc: Y.Doc, id: string, fields: Record<string, unknown>) {
  doc.getMap('watchlist').set(id, at);
  const e = doc.getMap(`entry:${id}`);
  for (const [k, v] of Object.entries({ savedAt: at, savedBy: 'Anna', ...fields })) e.set(k, v);
}

describe('caps on text read from a team document (core/team/caps.ts)', () => {
  it('cuts every over-long field to its cap and keeps the record', () => {
    const doc = new Y.Doc();
    const big = (n: number) => 'x'.repeat(n + 10);
    write(doc, 'a:1', {
      call: call('a:1', { title: big(TEAM_CAPS.title), summary: big(TEAM_CAPS.summary), funder: big(5000) }),
      savedBy: big(TEAM_CAPS.name),
      owner: big(TEAM_CAPS.name),
    });
    doc.getText('notes:a:1').insert(0, big(TEAM_CAPS.notes));
    doc
      .getArray('decisions:a:1')
      .push([
        { id: 'd1', at, client: 1, who: big(TEAM_CAPS.name), to: 'bevakas', why: big(TEAM_CAPS.comment), after: [] },
      ]);
    doc.getArray('comments:a:1').push([{ id: 'c1', at, author: big(TEAM_CAPS.name), text: big(TEAM_CAPS.comment) }]);
    doc.getArray('log:a:1').push([{ id: 'l1', at, kind: 'archived', who: big(TEAM_CAPS.name), why: big(99_999) }]);
    for (let i = 0; i < 80; i++) doc.getMap('tags:a:1').set(`t${i}`, true);
    doc.getMap('hidden').set('h:1', { hidden: true, reason: big(TEAM_CAPS.comment), who: 'B', at, title: big(9999) });

    const e = readTeamEntry(doc, 'a:1', now);
    expect(e).toBeDefined();
    expect(e?.call.title.length).toBe(TEAM_CAPS.title);
    expect(e?.call.summary.length).toBe(TEAM_CAPS.summary);
    expect(e?.call.funder.length).toBe(TEAM_CAPS.label);
    expect(e?.call.deadlines[0].label?.length).toBe(TEAM_CAPS.label);
    expect([e?.savedBy.length, e?.owner.length]).toEqual([TEAM_CAPS.name, TEAM_CAPS.name]);
    expect(e?.notes.length).toBe(TEAM_CAPS.notes);
    expect([e?.decisions[0].who.length, e?.decisions[0].why.length]).toEqual([TEAM_CAPS.name, TEAM_CAPS.comment]);
    expect([e?.comments[0].author.length, e?.comments[0].text.length]).toEqual([TEAM_CAPS.name, TEAM_CAPS.comment]);
    expect(e?.log[0]).toMatchObject({ kind: 'archived' });
    expect((e?.log[0] as { why?: string } | undefined)?.why?.length).toBe(TEAM_CAPS.comment);
    expect(e?.tags.length).toBe(TEAM_CAPS.tags);
    const [hidden] = readHiddenCalls(doc);
    expect([hidden.reason.length, hidden.title.length]).toEqual([TEAM_CAPS.comment, TEAM_CAPS.title]);
  });

  it('drops a link that is not a plain http(s) address, and times that are not times', () => {
    const doc = new Y.Doc();
    const links = {
      'j:1': 'javascript:alert(1)',
      'j:2': ' JaVaScRiPt:alert(1)',
      'd:1': 'data:text/html,<script>alert(1)</script>',
      'v:1': 'vbscript:x',
      'f:1': 'file:///etc/passwd',
      'q:1': 'https://ec.europa.eu/x"onmouseover="alert(1)',
      'l:1': `https://ec.europa.eu/${'p'.repeat(TEAM_CAPS.url)}`,
      'ok:1': 'https://ec.europa.eu/ok',
    };
    for (const [id, url] of Object.entries(links)) {
      write(doc, id, { call: call(id, { url }), savedAt: 'igår', withdrawnAt: 'snart' });
    }
    const urls = Object.keys(links).map((id) => readTeamEntry(doc, id, now)?.call.url);
    expect(urls).toEqual(['', '', '', '', '', '', '', 'https://ec.europa.eu/ok']);
    const e = readTeamEntry(doc, 'ok:1', now);
    // savedAt falls back to the index's time; a withdrawal time that is not a time is no withdrawal.
    expect(e?.savedAt).toBe(at);
    expect(e?.withdrawnAt).toBeUndefined();
  });

  it('never lets a "__proto__" key reach a prototype', () => {
    const doc = new Y.Doc();
    const polluted = JSON.parse('{"__proto__":{"polluted":true}}');
    write(doc, 'p:1', {
      call: { ...call('p:1'), ...polluted },
      match: { profileId: 'x', score: 10, band: 'weak', reasons: [], scoredAt: at, ...polluted },
    });
    const e = readTeamEntry(doc, 'p:1', now);
    expect(e?.call.title).toBe('Town-Twinning');
    expect((e?.call as { polluted?: boolean } | undefined)?.polluted).toBeUndefined();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("caps on the team's profile (core/team/profile.ts)", () => {
  it('cuts a megabyte name and passage another device wrote, and keeps the profile', () => {
    const doc = new Y.Doc();
    const huge = 'x'.repeat(1_000_000);
    const profile = doc.getMap<unknown>('profile');
    profile.set('id', 'hostile');
    profile.set('name', huge);
    profile.set('kind', 'kommun');
    profile.set('lan', 'Blekinge');
    profile.set('priorities', [
      {
        id: 'p1',
        label: { sv: huge, en: 'Priority' },
        concepts: ['tourism'],
        source: { passage: huge },
      },
    ]);
    const read = readTeamProfile(doc);
    expect(read?.name.length).toBe(TEAM_CAPS.comment);
    expect(read?.priorities[0]?.label.sv.length).toBe(TEAM_CAPS.comment);
    expect(read?.priorities[0]?.label.en).toBe('Priority');
    expect(read?.priorities[0]?.concepts).toEqual(['tourism']);
  });

  it('reads at most the newest decisions, comments and log lines per entry, however many another device wrote', () => {
    const doc = new Y.Doc();
    write(doc, 'a:2', { call: call('a:2') });
    const n = 50_000;
    const decisions = Array.from({ length: n }, (_, i) => ({
      id: `d${i}`,
      at: new Date(now.getTime() + i * 1000).toISOString(),
      client: 1,
      who: 'Anna',
      to: i === n - 1 ? 'ansokt' : 'forbereds',
      why: '',
      after: i === 0 ? [] : [`d${i - 1}`],
    }));
    doc.getArray('decisions:a:2').push(decisions);
    doc
      .getArray('comments:a:2')
      .push(Array.from({ length: n }, (_, i) => ({ id: `c${i}`, at, author: 'A', text: `${i}` })));
    doc
      .getArray('log:a:2')
      .push(Array.from({ length: n }, (_, i) => ({ id: `l${i}`, at, kind: 'restored', who: 'A' })));
    // Junk after the last valid comment does not hide it (the reader looks a little further back than its cap).
    doc.getArray('comments:a:2').push(Array.from({ length: TEAM_CAPS.comments }, () => 'skräp'));
    const e = readTeamEntry(doc, 'a:2', now)!;
    expect(e.decisions).toHaveLength(TEAM_CAPS.decisions);
    expect(e.decisions.at(-1)?.id).toBe(`d${n - 1}`);
    expect(e.decisions[0].id).toBe(`d${n - TEAM_CAPS.decisions}`);
    expect(e.status).toBe('ansokt');
    expect(e.comments.map((c) => c.text)).toEqual(
      Array.from({ length: TEAM_CAPS.comments }, (_, i) => `${n - TEAM_CAPS.comments + i}`),
    );
    expect(e.log).toHaveLength(TEAM_CAPS.logLines);
    expect(e.log.at(-1)?.id).toBe(`l${n - 1}`);
  });
});
