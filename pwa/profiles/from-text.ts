import type { Profile } from '../../core/model/profile.ts';

interface FromDocumentModule {
  buildProfileFromText: (text: string, opts?: { name?: string; lan?: string; id?: string }) => Profile;
}

// The profile builder carries the lexicon: loaded only when someone builds a profile.
const modules = import.meta.glob<FromDocumentModule>('../../core/profile/from-document.ts');

export async function buildProfile(text: string, name: string): Promise<Profile> {
  const load = Object.values(modules)[0];
  if (!load) throw new Error('profile builder not available in this build');
  const mod = await load();
  const id = `egen-${Date.now().toString(36)}`;
  return { ...mod.buildProfileFromText(text, { name: name || undefined, id }), id };
}
