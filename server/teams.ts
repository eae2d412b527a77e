import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { z } from 'zod';
import { writeFileAtomic } from '../cli/store-file.ts';
import { InputError, zodToInputError } from '../core/model/errors.ts';
import { ensureDataDir } from './data-dir.ts';

/** A member's weekly e-mail: the unsubscribe token is a capability for that one address, nothing else. */
const SubscriberSchema = z.object({
  id: z.string(),
  email: z.string(),
  lang: z.enum(['sv', 'en']),
  unsubscribe: z.string(),
  createdAt: z.string(),
});
const PushSchema = z.object({
  id: z.string(),
  endpoint: z.string(),
  keys: z.object({ p256dh: z.string(), auth: z.string() }),
  lang: z.enum(['sv', 'en']),
  createdAt: z.string(),
});
const TeamSchema = z.object({
  name: z.string(),
  /** sha256 of the token: a leaked teams.json does not give access. */
  tokenHash: z.string(),
  createdAt: z.string(),
  subscribers: z.array(SubscriberSchema).default([]),
  push: z.array(PushSchema).default([]),
});
const RegistrySchema = z.object({ version: z.literal(1), teams: z.record(z.string(), TeamSchema) });

export type Subscriber = z.infer<typeof SubscriberSchema>;
export type PushRecord = z.infer<typeof PushSchema>;
export type TeamRecord = z.infer<typeof TeamSchema>;
type Registry = z.infer<typeof RegistrySchema>;

export type TeamCheck = 'ok' | 'unknown-team' | 'bad-token';

const hash = (token: string) => createHash('sha256').update(token).digest();
export const newId = (bytes: number) => randomBytes(bytes).toString('base64url');

/** "Kommun X – EU" stays readable; control characters and length are what we refuse. */
export function cleanTeamName(name: unknown): string {
  if (name === undefined || name === null || name === '') return 'Fundwatch-team';
  if (typeof name !== 'string') throw new InputError('expected text', {}, 'name');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (clean.length > 120) throw new InputError('at most 120 characters', {}, 'name');
  return clean || 'Fundwatch-team';
}

/**
 * DATA/teams.json: every team, its token's hash, its mail subscribers and push subscriptions. Written atomically
 * under a lock file (the CLI's `team create` and the server may both write); re-read when it changed on disk.
 */
export class TeamRegistry {
  readonly file: string;
  private cache: Registry = { version: 1, teams: {} };
  private mtime = -1;

  constructor(dataDir: string) {
    ensureDataDir(dataDir);
    this.file = join(dataDir, 'teams.json');
  }

  private read(): Registry {
    if (!existsSync(this.file)) return { version: 1, teams: {} };
    const m = statSync(this.file).mtimeMs;
    if (m === this.mtime) return this.cache;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch (error) {
      throw new InputError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`, {
        file: this.file,
      });
    }
    const parsed = RegistrySchema.safeParse(raw);
    if (!parsed.success) throw zodToInputError(parsed.error, { file: this.file });
    this.cache = parsed.data;
    this.mtime = m;
    return this.cache;
  }

  /** Read-modify-write under the lock, so two writers never lose each other's team. */
  private async update<T>(change: (r: Registry) => T): Promise<T> {
    mkdirSync(join(this.file, '..'), { recursive: true });
    const release = await lockfile.lock(this.file, {
      realpath: false,
      retries: { retries: 50, minTimeout: 20, maxTimeout: 200 },
      stale: 10_000,
    });
    try {
      this.mtime = -1;
      const r = structuredClone(this.read());
      const out = change(r);
      writeFileAtomic(this.file, `${JSON.stringify(r, null, 2)}\n`);
      this.cache = r;
      this.mtime = statSync(this.file).mtimeMs;
      return out;
    } finally {
      await release();
    }
  }

  async create(name: unknown): Promise<{ team: string; token: string; name: string }> {
    const clean = cleanTeamName(name);
    const team = newId(12);
    const token = newId(32);
    await this.update((r) => {
      r.teams[team] = {
        name: clean,
        tokenHash: hash(token).toString('hex'),
        createdAt: new Date().toISOString(),
        subscribers: [],
        push: [],
      };
    });
    return { team, token, name: clean };
  }

  get(team: string): TeamRecord | undefined {
    const r = this.read();
    return Object.hasOwn(r.teams, team) ? r.teams[team] : undefined;
  }

  ids(): string[] {
    return Object.keys(this.read().teams);
  }

  /** Constant-time comparison of the token's hash with the stored one. */
  check(team: string, token: string | undefined | null): TeamCheck {
    const t = this.get(team);
    if (!t) return 'unknown-team';
    if (!token) return 'bad-token';
    const stored = Buffer.from(t.tokenHash, 'hex');
    const given = hash(token);
    return stored.length === given.length && timingSafeEqual(stored, given) ? 'ok' : 'bad-token';
  }

  async addSubscriber(team: string, email: string, lang: 'sv' | 'en'): Promise<Subscriber> {
    return this.update((r) => {
      const t = r.teams[team];
      const existing = t.subscribers.find((s) => s.email.toLowerCase() === email.toLowerCase());
      if (existing) {
        existing.lang = lang;
        return existing;
      }
      const s: Subscriber = { id: newId(9), email, lang, unsubscribe: newId(24), createdAt: new Date().toISOString() };
      t.subscribers.push(s);
      return s;
    });
  }

  /** One-click unsubscribe: the token names exactly one subscription. */
  async unsubscribe(token: string): Promise<{ team: string; email: string } | undefined> {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return undefined;
    const known = Object.entries(this.read().teams).some(([, t]) => t.subscribers.some((s) => s.unsubscribe === token));
    if (!known) return undefined;
    return this.update((r) => {
      for (const [id, t] of Object.entries(r.teams)) {
        const s = t.subscribers.find((x) => x.unsubscribe === token);
        if (s) {
          t.subscribers = t.subscribers.filter((x) => x !== s);
          return { team: id, email: s.email };
        }
      }
      return undefined;
    });
  }

  async addPush(team: string, sub: Omit<PushRecord, 'id' | 'createdAt'>): Promise<PushRecord> {
    return this.update((r) => {
      const t = r.teams[team];
      const existing = t.push.find((p) => p.endpoint === sub.endpoint);
      if (existing) {
        existing.keys = sub.keys;
        existing.lang = sub.lang;
        return existing;
      }
      const p: PushRecord = { ...sub, id: newId(9), createdAt: new Date().toISOString() };
      t.push.push(p);
      return p;
    });
  }

  async removePush(team: string, endpoint: string): Promise<boolean> {
    return this.update((r) => {
      const t = r.teams[team];
      if (!t) return false;
      const before = t.push.length;
      t.push = t.push.filter((p) => p.endpoint !== endpoint);
      return t.push.length < before;
    });
  }
}
