import type { Settings } from '../messages.ts';
import { normaliseSettings } from '../shared/normalise.ts';
import { getLocal, setLocal } from './storage.ts';

export async function readSettings(): Promise<Settings> {
  return normaliseSettings(await getLocal('settings'));
}

export async function patchSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await readSettings();
  const next = normaliseSettings({
    ...current,
    ...patch,
    notifications: { ...current.notifications, ...(patch.notifications ?? {}) },
  });
  await setLocal('settings', next);
  return next;
}
