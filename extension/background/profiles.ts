import { LAN_BY_ID } from '../../core/data/index.ts';
import type { Profile } from '../../core/model/profile.ts';
import { buildProfileFromText as buildFromText } from '../../core/profile/from-document.ts';
import { SEED_PROFILES } from '../../core/profile/seeds.ts';
import type { ActiveProfile, ProfileSummary } from '../messages.ts';
import { normaliseActiveProfile } from '../shared/normalise.ts';
import { UiError } from '../shared/ui-error.ts';
import { getLocal, setLocal } from './storage.ts';
import { docProfile, writeDocProfile } from './team/team-watchlist.ts';

/** Seed profiles (the five bodies' strategies) and the profile builder live in core/profile. */
export function seedProfiles(): readonly Profile[] {
  return SEED_PROFILES;
}

export function buildProfileFromText(text: string, opts: { name?: string; lan?: string }): Profile {
  return buildFromText(text, opts);
}

export async function readActiveProfile(): Promise<ActiveProfile> {
  return normaliseActiveProfile(
    await getLocal('profile'),
    seedProfiles().map((p) => p.id),
  );
}

/**
 * The profile to score with: the shared document's (edited in the app or by a colleague) when it has one, else the
 * extension's own; custom profiles are stored whole, seeds by id.
 */
export async function activeProfile(): Promise<{ profile: Profile; custom: boolean }> {
  const shared = await docProfile();
  if (shared) return { profile: shared, custom: true };
  return ownProfile();
}

async function ownProfile(): Promise<{ profile: Profile; custom: boolean }> {
  const active = await readActiveProfile();
  if (active.kind === 'custom') return { profile: active.profile, custom: true };
  const seeds = seedProfiles();
  const seed = seeds.find((p) => p.id === active.id) ?? seeds[0];
  if (!seed) throw new UiError('errNoProfiles');
  return { profile: seed, custom: false };
}

/** Saves the extension's own choice and, when the document has a shared profile, makes it the shared one. */
export async function saveActiveProfile(active: ActiveProfile): Promise<void> {
  await setLocal('profile', active);
  if (await docProfile()) await writeDocProfile((await ownProfile()).profile);
}

export function summarise(profile: Profile, custom: boolean): ProfileSummary {
  return {
    id: profile.id,
    name: profile.name,
    lan: profile.lan,
    lanName: LAN_BY_ID.get(profile.lan)?.name,
    kind: profile.kind,
    priorities: profile.priorities.map((p) => ({ id: p.id, label: p.label, weight: p.weight })),
    custom,
  };
}
