import type { FirstViewRanking } from '../../core/match/first-view.ts';
import type { Profile } from '../../core/model/profile.ts';
import type { RankedCall } from '../calls/ranker.ts';
import { serverCallsUrl } from '../calls/server-url.ts';
import { DB_NAME } from '../db/db-name.ts';
import { cardShaped } from './first-view-cache.ts';

/**
 * A new device's first view from the Fundwatch server that serves the app (GET /api/first-view?profile=<seed>):
 * the calls ranked for the chosen seed by the server's engine. Painted before the data layer and the scoring worker
 * load; they rank again after the paint and take over. Optional: on a static host or offline it answers undefined
 * and the data layer ranks instead.
 */

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const firstViewUrl = () => serverCallsUrl().replace(/calls$/, 'first-view');

/** True only when this browser has never opened the app's database (first visit on this device). */
export async function isNewDevice(): Promise<boolean> {
  try {
    if (typeof indexedDB?.databases !== 'function') return false;
    return !(await indexedDB.databases()).some((d) => d.name === DB_NAME);
  } catch {
    return false;
  }
}

async function getJson(url: string): Promise<unknown> {
  try {
    const res = await fetch(url, { cache: 'no-cache', headers: { accept: 'application/json' } });
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return undefined;
    return await res.json();
  } catch {
    return undefined;
  }
}

export interface ServerRanking {
  profile: Profile;
  ranked: RankedCall[];
  fetchedAt: string;
  sources?: FirstViewRanking['sources'];
}

/** The calls ranked for a seed body by the server; only entries with every part a card reads are kept. */
export async function fetchRanking(profileId: string): Promise<ServerRanking | undefined> {
  const body = await getJson(`${firstViewUrl()}?profile=${encodeURIComponent(profileId)}`);
  if (!isObj(body) || !Array.isArray(body.ranked) || !isObj(body.profile)) return undefined;
  const profile = body.profile as unknown as Profile;
  if (profile.id !== profileId || typeof profile.name !== 'string') return undefined;
  return {
    profile,
    ranked: body.ranked.filter(cardShaped),
    fetchedAt: typeof body.fetchedAt === 'string' ? body.fetchedAt : '',
    sources: isObj(body.sources) ? (body.sources as FirstViewRanking['sources']) : undefined,
  };
}
