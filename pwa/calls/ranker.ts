import type { Digest } from '../../core/digest/build.ts';
import type { FundingCall } from '../../core/model/call.ts';
import type { Match } from '../../core/model/match.ts';
import type { Profile } from '../../core/model/profile.ts';
import type { DigestRequest, RankRequest, RankResponse } from './rank-protocol.ts';

export interface RankedCall {
  call: FundingCall;
  match: Match;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: RankResponse) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../workers/rank.worker.ts', import.meta.url), {
      type: 'module',
      name: 'fundwatch-rank',
    });
    worker.onmessage = (event: MessageEvent<RankResponse>) => {
      const res = event.data;
      const p = pending.get(res.id);
      if (!p) return;
      pending.delete(res.id);
      if (res.ok) p.resolve(res);
      else p.reject(new Error(res.error));
    };
  }
  return worker;
}

type Body = RankRequest extends infer R ? (R extends RankRequest ? Omit<R, 'id'> : never) : never;

function ask(body: Body): Promise<RankResponse> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ ...body, id } as RankRequest);
  });
}

/** Ranked best first, as the engine orders them. */
export async function rankCalls(calls: FundingCall[], profile: Profile, now = new Date()): Promise<RankedCall[]> {
  const res = await ask({ kind: 'rank', calls, profile, now: now.toISOString() });
  const matches = 'matches' in res ? res.matches : [];
  const byId = new Map(calls.map((c) => [c.id, c]));
  return matches.flatMap((match) => {
    const call = byId.get(match.callId);
    return call ? [{ call, match }] : [];
  });
}

export async function scoreCall(call: FundingCall, profile: Profile, now = new Date()): Promise<Match> {
  const res = await ask({ kind: 'score', call, profile, now: now.toISOString() });
  if (!('matches' in res) || !res.matches[0]) throw new Error('the scoring worker gave no match');
  return res.matches[0];
}

/** Core's weekly digest, computed where the engine lives. */
export async function digestOf(input: DigestRequest): Promise<Digest> {
  const res = await ask({ kind: 'digest', input });
  if (!('digest' in res)) throw new Error('the scoring worker gave no digest');
  return res.digest;
}
