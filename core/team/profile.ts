import type * as Y from 'yjs';
import { stableStringify } from '../model/hash.ts';
import { type Profile, ProfileSchema } from '../model/profile.ts';
import { cutAll } from './caps.ts';
import { type Actor, ROOT } from './layout.ts';

const FIELDS = [
  'id',
  'name',
  'kind',
  'lan',
  'partnerCountries',
  'networks',
  'preferredFunders',
  'exclusions',
  'population',
] as const;

/**
 * Makes `profile` the team's active profile. Only fields that differ are written, and weights are written per
 * priority, so one person changing a weight while another changes the län both keep their change.
 */
export function writeTeamProfile(doc: Y.Doc, profile: Profile, actor: Actor): void {
  const valid = ProfileSchema.parse(profile);
  const map = doc.getMap<unknown>(ROOT.profile);
  const weights = doc.getMap<unknown>(ROOT.profileWeights);
  const setIfChanged = (key: string, value: unknown) => {
    const json = JSON.parse(JSON.stringify(value ?? null));
    if (stableStringify(map.get(key)) !== stableStringify(json)) map.set(key, json);
  };
  doc.transact(() => {
    for (const f of FIELDS) setIfChanged(f, valid[f]);
    // The priorities without their weights: a weight change must not rewrite (and overwrite) the whole list.
    setIfChanged(
      'priorities',
      valid.priorities.map(({ weight: _w, ...rest }) => rest),
    );
    for (const p of valid.priorities) if (weights.get(p.id) !== p.weight) weights.set(p.id, p.weight);
    map.set('updatedAt', actor.now.toISOString());
    map.set('updatedBy', actor.who.trim().slice(0, 200));
  });
}

/** Sets one priority's weight (the profile view's slider). */
export function setTeamWeight(doc: Y.Doc, priorityId: string, weight: number): void {
  if (!Number.isFinite(weight) || weight < 0 || weight > 3) throw new RangeError(`weight out of range: ${weight}`);
  doc.getMap<unknown>(ROOT.profileWeights).set(priorityId, weight);
}

/**
 * The team's active profile, validated by core's schema; undefined when none is set or it does not validate. Another
 * device wrote it, so its texts are cut to the cap of a comment and its lists to TEAM_CAPS.items (core/team/caps.ts).
 */
export function readTeamProfile(doc: Y.Doc): Profile | undefined {
  const map = doc.getMap<unknown>(ROOT.profile);
  if (!map.has('priorities')) return undefined;
  const weights = doc.getMap<unknown>(ROOT.profileWeights);
  const priorities = map.get('priorities');
  const raw: Record<string, unknown> = {};
  for (const f of FIELDS) raw[f] = map.get(f) ?? undefined;
  raw.priorities = Array.isArray(priorities)
    ? priorities.map((p) => {
        const id = (p as { id?: unknown })?.id;
        const w = typeof id === 'string' ? weights.get(id) : undefined;
        return { ...(p as object), weight: typeof w === 'number' ? w : 1 };
      })
    : priorities;
  for (const k of Object.keys(raw)) if (raw[k] === null) delete raw[k];
  const parsed = ProfileSchema.safeParse(raw);
  return parsed.success ? cutAll(parsed.data, 'comment') : undefined;
}

/** Who last changed the profile and when (the profile view shows it). */
export function teamProfileStamp(doc: Y.Doc): { updatedAt?: string; updatedBy?: string } {
  const map = doc.getMap<unknown>(ROOT.profile);
  const at = map.get('updatedAt');
  const by = map.get('updatedBy');
  return { updatedAt: typeof at === 'string' ? at : undefined, updatedBy: typeof by === 'string' ? by : undefined };
}
