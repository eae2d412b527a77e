import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import lanData from '../../../core/data/lan.json' with { type: 'json' };
import { seedSummaries } from '../../../core/match/first-view.ts';
import { rank } from '../../../core/match/index.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { getSeedProfile, SEED_PROFILES } from '../../../core/profile/seeds.ts';
import type { Snapshot } from '../../../core/store/snapshot.ts';
import { FirstView } from '../../../server/api-first-view.ts';
import { type CallsStore, renderCalls } from '../../../server/calls.ts';
import { HttpError } from '../../../server/http-util.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';

function storeOf(snapshot: Snapshot): CallsStore {
  const body = renderCalls(snapshot);
  return { current: () => snapshot, rendered: () => body } as unknown as CallsStore;
}

function get(view: FirstView, url: string, headers: Record<string, string> = {}) {
  let status = 0;
  let head: Record<string, string> = {};
  let body: Buffer | undefined;
  const res = {
    writeHead(s: number, h: Record<string, string>) {
      status = s;
      head = h;
      return res;
    },
    end(b?: Buffer) {
      body = b;
    },
  } as unknown as ServerResponse;
  view.handle({ url, method: 'GET', headers } as IncomingMessage, res);
  const raw = body && head['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
  return { status, head, json: raw ? JSON.parse(raw.toString('utf8')) : undefined };
}

describe('GET /api/first-view', () => {
  const now = new Date();
  const snapshot: Snapshot = {
    version: 1,
    generatedAt: now.toISOString(),
    calls: fixtureCalls(now) as unknown as Snapshot['calls'],
    sources: {},
  };
  const view = new FirstView(storeOf(snapshot));

  it('ranks the store for a seed as the engine does, explained, gzip when asked, 304 when unchanged', () => {
    const { status, head, json } = get(view, '/api/first-view?profile=karlskrona', { 'accept-encoding': 'gzip' });
    expect(status).toBe(200);
    expect(head['content-encoding']).toBe('gzip');
    const expected = rank(
      snapshot.calls.map((c) => normaliseCall(c, {}, now)),
      getSeedProfile('karlskrona')!,
      { now },
    );
    expect(json.ranked.map((r: { call: { id: string } }) => r.call.id)).toEqual(expected.map((r) => r.call.id));
    expect(json.ranked.map((r: { match: { score: number } }) => r.match.score)).toEqual(
      expected.map((r) => r.match.score),
    );
    expect(json.ranked[0].match.reasons.length).toBeGreaterThan(0);
    expect(json.profile.id).toBe('karlskrona');
    expect(json.fetchedAt).toBe(snapshot.generatedAt);
    expect(get(view, '/api/first-view?profile=karlskrona', { 'if-none-match': head.etag }).status).toBe(304);
  });

  it('ranks only the built-in seeds, and only when one is named', () => {
    expect(() => get(view, '/api/first-view?profile=okand')).toThrow(HttpError);
    expect(() => get(view, '/api/first-view')).toThrow(HttpError);
  });
});

describe('the seed choices built into the app', () => {
  it('name each seed body with its län and number of priorities', () => {
    const choices = seedSummaries(SEED_PROFILES, new Map(lanData.lan.map((l) => [l.id, l.name])));
    expect(choices.map((s) => s.id)).toEqual(SEED_PROFILES.map((p) => p.id));
    const karlskrona = choices.find((s) => s.id === 'karlskrona');
    expect(karlskrona?.lanName).toBe('Blekinge län');
    expect(karlskrona?.priorities).toBe(getSeedProfile('karlskrona')?.priorities.length);
  });
});
