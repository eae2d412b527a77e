import { describe, expect, it } from 'vitest';
import {
  buildExchange,
  exchangeToJson,
  handoverUrl,
  indexByUrl,
  parseExchange,
  readHandover,
  resolveCall,
  urlKey,
} from '../../../core/exchange/index.ts';
import { InputError } from '../../../core/model/errors.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { pageItemToCall } from '../../../extension/background/page-call.ts';
import type { SavedCall } from '../../../extension/messages.ts';
import { savedToExchange } from '../../../extension/shared/exchange.ts';
import { importExtensionEntries, parseExtensionExport } from '../../../pwa/db/extension-import.ts';
import { loadWatchlist } from '../../../pwa/db/watchlist-repo.ts';
import { sharedCall } from '../../../pwa/share/shared-call.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';
import { openTestDb } from '../pwa/db-helpers.ts';

const now = new Date('2026-09-01T08:00:00Z');
const calls = fixtureCalls(now).map((c) => normaliseCall(c, {}, now));

function refusal(input: unknown): InputError {
  try {
    parseExchange(input, 'x.json', now);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected a refusal');
}

/** A call the extension read off a programme's page: a Brussels 16:00 deadline and a programme area. */
function pageCall() {
  return pageItemToCall(
    {
      key: 'k1',
      title: 'Call for small-scale projects',
      text: 'Applications are open until 15 October 2026, 16:00 CET. Municipalities may apply.',
      url: 'https://southbaltic.eu/-/small-scale-2026',
    },
    'https://southbaltic.eu/news',
    now,
  );
}

describe('the exchange format', () => {
  it('carries calls whole through build → JSON → parse', () => {
    const ex = buildExchange(
      calls.slice(0, 2),
      [{ callId: calls[0].id, savedAt: now.toISOString(), status: 'forbereds', tags: ['klimat'] }],
      now,
    );
    const back = parseExchange(exchangeToJson(ex), 'x.json', now);
    expect(back.calls).toEqual(calls.slice(0, 2));
    expect(back.calls[0].deadlines[0]).toMatchObject({ time: '16:00', timeZone: 'Europe/Warsaw', kind: 'application' });
    expect(back.calls[0].programmeArea).toBe('interreg-south-baltic');
    expect(back.entries).toEqual(ex.entries);
  });

  it('runs the extension export builder into the app import: ids, deadlines and area unchanged', async () => {
    const call = pageCall();
    expect(call.deadlines[0]).toMatchObject({ date: '2026-10-15', time: '16:00' });
    const saved: SavedCall[] = [
      {
        id: call.id,
        call,
        score: 64,
        band: 'relevant',
        reasons: [
          {
            priorityId: 'klimat',
            priorityLabel: { sv: 'Klimat', en: 'Climate' },
            conceptId: 'climate-adaptation',
            conceptLabel: { sv: 'Klimatanpassning', en: 'Climate adaptation' },
            evidence: [{ term: 'klimatanpassning', quote: '…projekt om klimatanpassning i kommuner…' }],
            points: 40,
          },
        ],
        savedAt: now.toISOString(),
      },
      // Saved by an older version: its lines of text travel as they are.
      {
        id: 'page:old',
        call: { ...call, id: 'page:old', url: 'https://www.interreg-oks.eu/old' },
        score: 50,
        band: 'relevant',
        reasons: [],
        lines: { sv: ['Klimat'], en: ['Climate'] },
        savedAt: now.toISOString(),
      },
    ];
    const text = exchangeToJson(savedToExchange(saved, now));
    const db = openTestDb();
    const parsed = parseExtensionExport(text, 'tillagg.json', now);
    expect(await importExtensionEntries(db, parsed)).toEqual({ added: 2, alreadyPresent: 0 });
    const { items } = await loadWatchlist(db, now);
    const got = items.find((i) => i.callId === call.id)!;
    expect(got.call.deadlines).toEqual(call.deadlines);
    expect(got.call.programmeArea).toBe(call.programmeArea);
    expect(got.savedMatch).toMatchObject({ score: 64, band: 'relevant', reasons: saved[0].reasons });
    expect(got.savedMatch?.lines).toBeUndefined();
    const old = items.find((i) => i.callId === 'page:old')!;
    expect(old.savedMatch).toMatchObject({ score: 50, reasons: [], lines: { sv: ['Klimat'], en: ['Climate'] } });
    db.close();
  });

  it('still reads the old extension export, naming fields as that file writes them', () => {
    const old = {
      format: 'fundwatch-extension-watchlist',
      version: 1,
      exportedAt: now.toISOString(),
      calls: [calls[0]],
      entries: [
        { callId: calls[0].id, score: 50, band: 'relevant', reasons: { sv: [], en: [] }, savedAt: now.toISOString() },
      ],
    };
    const got = parseExchange(old, 'old.json', now);
    expect(got.format).toBe('fundwatch-exchange');
    expect(got.entries[0].match).toMatchObject({ score: 50, band: 'relevant' });
    const bad = refusal({ ...old, entries: [{ ...old.entries[0], band: 'great' }] });
    expect(bad.field).toBe('band');
    expect(bad.location.position).toBe('entries[0]');
  });

  it('refuses bad input with file, position and field path', () => {
    const good = buildExchange([calls[0]], [{ callId: calls[0].id, savedAt: now.toISOString() }], now);
    expect(refusal('{').message).toMatch(/^x\.json: not valid JSON/);
    expect(refusal({ format: 'nope' }).field).toBe('format');
    expect(refusal({ ...good, version: 9 }).field).toBe('version');
    const badDeadline = structuredClone(good) as unknown as { calls: { deadlines: { time: string }[] }[] };
    badDeadline.calls[0].deadlines[0].time = '25:99';
    const e = refusal(badDeadline);
    expect(e.location.position).toBe('calls[0]');
    expect(e.field).toBe('deadlines.0.time');
    const badStatus = refusal({ ...good, entries: [{ callId: calls[0].id, savedAt: 'x', status: 'klar' }] });
    expect(badStatus.field).toBe('status');
    expect(refusal({ ...good, entries: [{ callId: 'nope:1', savedAt: 'x' }] }).message).toContain('no call with id');
    expect(() => buildExchange([], [{ callId: 'x', savedAt: 'y' }])).toThrow(/has no call/);
  });

  it('hands over in the fragment and refuses a damaged one', () => {
    const ex = buildExchange([calls[0]], [{ callId: calls[0].id, savedAt: now.toISOString() }], now);
    const url = new URL(handoverUrl('http://127.0.0.1:4173/#/bevakning', ex));
    expect(url.search).toBe('');
    expect(readHandover(url.hash, now)?.calls[0]).toEqual(calls[0]);
    expect(readHandover('#/bevakning', now)).toBeUndefined();
    expect(() => readHandover('#handover=%E0%A4%A', now)).toThrow(InputError);
    expect(() => readHandover('#handover=%7B%7D', now)).toThrow(/format/);
  });

  it('gives a shared address the id the extension gives it, and a feed call its feed id', () => {
    const item = pageItemToCall(
      { key: 'k', title: 'ICLD', text: 'Sista dag 1 oktober 2026', url: 'https://icld.se/kommunala-partnerskap/' },
      'https://icld.se/',
      now,
    );
    const shared = sharedCall({ title: 'ICLD', text: '', url: 'https://icld.se/kommunala-partnerskap/' }, now);
    expect(shared.id).toBe(item.id);
    expect(urlKey('https://www.ICLD.se/kommunala-partnerskap/?utm_source=x#top')).toBe('icld.se/kommunala-partnerskap');
    const byUrl = indexByUrl(calls);
    expect(resolveCall(item, byUrl).id).toBe('icld:kommunala-partnerskap-2026');
    expect(resolveCall(pageCall(), byUrl).id).toBe(pageCall().id);
    // A feed call keeps its own id whatever its address.
    expect(resolveCall(calls[1], byUrl)).toBe(calls[1]);
  });
});
