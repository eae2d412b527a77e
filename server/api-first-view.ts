import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { type FirstViewRanking, firstViewRanking } from '../core/match/first-view.ts';
import { type AnalysedCall, analyseCall, type PreparedProfile, prepareProfile } from '../core/match/index.ts';
import type { FundingCall } from '../core/model/call.ts';
import { normaliseCall } from '../core/model/normalise-call.ts';
import { getSeedProfile } from '../core/profile/seeds.ts';
import type { CallsStore } from './calls.ts';
import { HttpError } from './http-util.ts';
import { sendRenderedJson } from './json-body.ts';

interface Body {
  json: Buffer;
  gzip: Buffer;
  etag: string;
}

const render = (value: unknown): Body => {
  const json = Buffer.from(JSON.stringify(value));
  return {
    json,
    gzip: gzipSync(json),
    etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`,
  };
};

/**
 * GET /api/first-view?profile=<seed id>: the server's calls ranked for that seed by core's engine. A new device
 * paints this as soon as its body is chosen, before it has loaded its own data layer and scoring worker (about
 * 170 KB of JavaScript it would otherwise wait for). Only the built-in seed
 * profiles are ranked here: a body's own profile never leaves its device. Calls are analysed once per fetch;
 * a ranking is kept for the hour, as the deadline notes in it are told relative to the clock.
 */
export class FirstView {
  private analysed: { key: string; calls: AnalysedCall[] } | undefined;
  private readonly prepared = new Map<string, PreparedProfile>();
  private readonly rankings = new Map<string, Body>();

  constructor(private readonly store: CallsStore) {}

  handle(req: IncomingMessage, res: ServerResponse): void {
    const id = new URL(req.url ?? '/', 'http://localhost').searchParams.get('profile');
    if (!id) throw new HttpError(400, 'profile-required', 'name a built-in profile: ?profile=<id>');
    sendRenderedJson(req, res, this.ranking(id, new Date()));
  }

  private ranking(id: string, now: Date): Body {
    const seed = getSeedProfile(id);
    if (!seed) throw new HttpError(404, 'unknown-profile', 'no built-in profile with that id');
    const { etag } = this.store.rendered();
    const hour = now.toISOString().slice(0, 13);
    const snapshot = this.store.current();
    if (this.analysed?.key !== `${etag}|${hour}`) {
      // A new fetch, or a new hour (each call's status is derived from its dates as of now).
      this.analysed = { key: `${etag}|${hour}`, calls: readableCalls(snapshot.calls, now).map(analyseCall) };
      this.rankings.clear();
    }
    let body = this.rankings.get(id);
    if (!body) {
      let prepared = this.prepared.get(id);
      if (!prepared) {
        prepared = prepareProfile(seed);
        this.prepared.set(id, prepared);
      }
      const answer: FirstViewRanking = {
        profile: seed,
        fetchedAt: snapshot.generatedAt,
        sources: snapshot.sources,
        ranked: firstViewRanking(this.analysed.calls, prepared, now),
      };
      body = render(answer);
      this.rankings.set(id, body);
    }
    return body;
  }
}

/** The calls as the app reads /api/calls: each normalised (status from the dates as of now), unreadable ones left out. */
function readableCalls(calls: readonly unknown[], now: Date): FundingCall[] {
  const out: FundingCall[] = [];
  const seen = new Set<string>();
  for (const c of calls) {
    try {
      const call = normaliseCall(c, { file: 'calls.json' }, now);
      if (seen.has(call.id)) continue;
      seen.add(call.id);
      out.push(call);
    } catch {
      // the app skips it too
    }
  }
  return out;
}
