import { LOCAL_DOC } from '../../../core/doc-link/messages.ts';
import { loadDoc, type StoredDoc } from './doc-store.ts';
import { normaliseTeamConfig, type TeamConfig } from './team-config.ts';

export async function readTeamConfig(): Promise<TeamConfig | undefined> {
  return normaliseTeamConfig((await chrome.storage.local.get('team')).team);
}

export async function writeTeamConfig(config: TeamConfig | undefined): Promise<void> {
  if (config) await chrome.storage.local.set({ team: config });
  else await chrome.storage.local.remove('team');
}

/** The document the extension reads and writes: the team's when joined, else this computer's own (`local`). */
export async function activeDoc(): Promise<StoredDoc> {
  const config = await readTeamConfig();
  return loadDoc(config ? config.team : LOCAL_DOC);
}

/** The name the extension's own writes are logged under. */
export async function actorName(): Promise<string> {
  return (await readTeamConfig())?.who || 'Webbläsartillägget';
}
