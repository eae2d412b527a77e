import { chmodSync, existsSync, readFileSync } from 'node:fs';
import type { Agent } from 'node:https';
import { join } from 'node:path';
import webpush from 'web-push';
import { writeFileAtomic } from '../cli/store-file.ts';
import type { PushRecord } from './teams.ts';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/** The server's VAPID key pair (DATA/vapid.json, owner-only), made on first start. */
export function loadVapidKeys(dataDir: string): VapidKeys {
  const file = join(dataDir, 'vapid.json');
  if (existsSync(file)) {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<VapidKeys>;
    if (typeof raw.publicKey === 'string' && typeof raw.privateKey === 'string')
      return { publicKey: raw.publicKey, privateKey: raw.privateKey };
  }
  const keys = webpush.generateVAPIDKeys();
  writeFileAtomic(file, `${JSON.stringify(keys, null, 2)}\n`);
  chmodSync(file, 0o600);
  return keys;
}

/** What the app's service worker shows: plain text and a same-origin path, never markup. */
export interface PushPayload {
  title: string;
  body: string;
  /** Path inside the app to open on click, e.g. "#/bevakning". */
  path: string;
  tag: string;
}

export type PushOutcome = 'sent' | 'gone' | 'failed';

/** Encrypted (RFC 8291) and VAPID-signed (RFC 8292) by web-push; 404/410 from the push service = unsubscribed. */
export class PushSender {
  constructor(
    private readonly keys: VapidKeys,
    private readonly subject: string,
    /** Tests: an agent that trusts a local push service's certificate. */
    private readonly agent?: Agent,
  ) {}

  get publicKey(): string {
    return this.keys.publicKey;
  }

  async send(sub: Pick<PushRecord, 'endpoint' | 'keys'>, payload: PushPayload): Promise<PushOutcome> {
    try {
      await webpush.sendNotification({ endpoint: sub.endpoint, keys: sub.keys }, JSON.stringify(payload), {
        vapidDetails: { subject: this.subject, publicKey: this.keys.publicKey, privateKey: this.keys.privateKey },
        TTL: 3 * 86_400,
        urgency: 'normal',
        timeout: 15_000,
        ...(this.agent ? { agent: this.agent } : {}),
      });
      return 'sent';
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      return status === 404 || status === 410 ? 'gone' : 'failed';
    }
  }
}

/** A push endpoint is an https address of a push service (web-push speaks nothing else). */
export function validPushEndpoint(endpoint: unknown): endpoint is string {
  if (typeof endpoint !== 'string' || endpoint.length > 2000) return false;
  try {
    return new URL(endpoint).protocol === 'https:';
  } catch {
    return false;
  }
}
