import {
  normaliseSetting,
  type SettingKey,
  type Settings,
  type SettingValue,
  settingsFromRows,
} from './entities/settings.ts';
import { DEFAULT_SETTINGS } from './entities/settings-defaults.ts';
import type { FundwatchDb } from './schema.ts';

export { DEFAULT_SETTINGS };

export async function loadSettings(db: FundwatchDb): Promise<Settings> {
  return settingsFromRows(await db.settings.toArray(), DEFAULT_SETTINGS);
}

export async function saveSetting<K extends SettingKey>(
  db: FundwatchDb,
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  await db.settings.put(normaliseSetting({ key, value }, { file: 'settings' }));
}
