import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../store-file.ts';

/** What a conditional request needs from the last good response of a URL. */
export interface CacheEntry {
  url: string;
  etag?: string;
  lastModified?: string;
  contentType?: string;
  /** Kept so a 304 can be parsed again like a fresh response. */
  body: string;
  fetchedAt: string;
}

/** A small JSON cache file of validators and bodies, keyed by a hash of the request. */
export class FetchCache {
  private entries: Record<string, CacheEntry> = {};
  private dirty = false;
  constructor(private readonly path?: string) {
    if (path && existsSync(path)) {
      try {
        this.entries = JSON.parse(readFileSync(path, 'utf8')) as Record<string, CacheEntry>;
      } catch {
        // A corrupt cache only costs a full fetch: start empty rather than fail.
        this.entries = {};
      }
    }
  }
  static key(url: string, body = ''): string {
    return createHash('sha256').update(`${url}\n${body}`).digest('hex').slice(0, 24);
  }
  get(key: string): CacheEntry | undefined {
    return this.entries[key];
  }
  set(key: string, entry: CacheEntry): void {
    this.entries[key] = entry;
    this.dirty = true;
  }
  save(): void {
    if (this.path && this.dirty) writeFileAtomic(this.path, JSON.stringify(this.entries));
    this.dirty = false;
  }
}
