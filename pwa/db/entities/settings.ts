import { z } from 'zod';
import { type InputLocation, zodToInputError } from '../../../core/model/errors.ts';
import { type FeedStatus, FeedStatusSchema, type TeamConfig, TeamConfigSchema } from './team-config.ts';

/** Settings are rows keyed by name; each key has its own value schema. */
export const SettingSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('language'), value: z.enum(['sv', 'en']) }),
  z.object({ key: z.literal('activeProfileId'), value: z.string().min(1) }),
  z.object({ key: z.literal('feedUrl'), value: z.string() }),
  z.object({ key: z.literal('notifications'), value: z.boolean() }),
  z.object({ key: z.literal('lastOpenedAt'), value: z.string() }),
  z.object({ key: z.literal('team'), value: TeamConfigSchema }),
  z.object({ key: z.literal('feedStatus'), value: FeedStatusSchema }),
]);
export type Setting = z.infer<typeof SettingSchema>;
export type SettingKey = Setting['key'];
export type SettingValue<K extends SettingKey> = Extract<Setting, { key: K }>['value'];

export interface Settings {
  language: 'sv' | 'en';
  activeProfileId: string;
  feedUrl: string;
  notifications: boolean;
  lastOpenedAt?: string;
  /** Set when this device is in a team (see team-config.ts). */
  team?: TeamConfig;
  /** The server's report of the calls last fetched (age and per-source state). */
  feedStatus?: FeedStatus;
}

/** The one gate for a settings row. */
export function normaliseSetting(raw: unknown, loc: InputLocation = {}): Setting {
  const parsed = SettingSchema.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  return parsed.data;
}

/** Folds rows into the app's settings; unknown or broken rows fall back to defaults instead of blocking start. */
export function settingsFromRows(rows: unknown[], defaults: Settings): Settings {
  const out: Settings = { ...defaults };
  for (const row of rows) {
    try {
      const setting = normaliseSetting(row, { file: 'settings' });
      (out as unknown as Record<string, unknown>)[setting.key] = setting.value;
    } catch {
      // keep the default for a broken row
    }
  }
  return out;
}
