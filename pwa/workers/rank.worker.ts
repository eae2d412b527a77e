/// <reference lib="webworker" />
/**
 * Scores calls off the main thread, so the first render never waits for the engine or its lexicon.
 * Calls are analysed once and kept by id + content hash; profiles are prepared once per version.
 */

import { buildDigest } from '../../core/digest/build.ts';
import {
  type AnalysedCall,
  analyseCall,
  type PreparedProfile,
  prepareProfile,
  rank,
  score,
} from '../../core/match/index.ts';
import type { FundingCall } from '../../core/model/call.ts';
import type { Profile } from '../../core/model/profile.ts';
import type { RankRequest, RankResponse } from '../calls/rank-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const analysed = new Map<string, AnalysedCall>();
let prepared: { key: string; profile: PreparedProfile } | undefined;

function analysedOf(call: FundingCall): AnalysedCall {
  const key = `${call.id}#${call.contentHash ?? JSON.stringify(call).length}#${call.title}`;
  let a = analysed.get(key);
  if (!a) {
    a = analyseCall(call);
    analysed.set(key, a);
  }
  return a;
}

function preparedOf(profile: Profile): PreparedProfile {
  const key = JSON.stringify(profile);
  if (prepared?.key !== key) prepared = { key, profile: prepareProfile(profile) };
  return prepared.profile;
}

self.onmessage = (event: MessageEvent<RankRequest>) => {
  const req = event.data;
  let res: RankResponse;
  try {
    if (req.kind === 'digest') {
      const { since, now, ...rest } = req.input;
      res = { id: req.id, ok: true, digest: buildDigest({ ...rest, since: new Date(since), now: new Date(now) }) };
    } else {
      const now = new Date(req.now);
      const profile = preparedOf(req.profile);
      const matches =
        req.kind === 'rank'
          ? rank(req.calls.map(analysedOf), profile, { now }).map((r) => r.match)
          : [score(analysedOf(req.call), profile, { now })];
      res = { id: req.id, ok: true, matches };
    }
  } catch (error) {
    res = { id: req.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(res);
};
