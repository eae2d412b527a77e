import type { Profile } from '../../core/model/profile.ts';

/** Builds a draft profile from a strategy text; the builder carries the lexicon, so it loads only when used. */
export async function buildProfile(text: string, name: string, lan?: string): Promise<Profile> {
  const { buildProfileFromText } = await import('../../core/profile/from-document.ts');
  const draft = buildProfileFromText(text, { name: name || undefined, lan: lan || undefined });
  // A new id, so a draft never overwrites a seed or an earlier draft.
  return { ...draft, id: `egen-${Date.now().toString(36)}` };
}
