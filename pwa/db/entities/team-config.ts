import { z } from 'zod';
import { SourceStateSchema } from '../../../core/store/snapshot.ts';

/**
 * The team this device belongs to. Set when joining through an invite link or creating a team; its presence is what
 * loads the sync code (absent: the app is solo and never loads yjs or y-websocket).
 */
export const TeamConfigSchema = z.object({
  /** Where the app and its Fundwatch server are served (an http(s) origin, possibly with a path prefix). */
  appOrigin: z.string().regex(/^https?:\/\/[^\s]+$/, 'expected an http(s) address'),
  team: z.string().regex(/^[A-Za-z0-9_-]{4,128}$/, 'expected a team id'),
  token: z.string().regex(/^[A-Za-z0-9_-]{4,128}$/, 'expected a team token'),
  /** The team's display name (from the invite: plain text). */
  name: z.string().max(120),
  /** This person's name as colleagues see it in decisions and comments. */
  member: z.string().max(200),
  joinedAt: z.string(),
});
export type TeamConfig = z.infer<typeof TeamConfigSchema>;

/** How fresh the calls are and how each source fared (from the server's /api/calls). */
export const FeedStatusSchema = z.object({
  fetchedAt: z.string(),
  sources: z.record(z.string(), SourceStateSchema),
});
export type FeedStatus = z.infer<typeof FeedStatusSchema>;
