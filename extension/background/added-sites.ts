/// <reference path="./script-file.d.ts" />
import contentScript from '../content/main.iife.ts?script';

const PREFIX = 'fundwatch-site-';

function scriptId(origin: string): string {
  return PREFIX + origin.replace(/[^a-z0-9]+/gi, '-');
}

/**
 * Content scripts for sites the user added: one registration per granted origin. Re-synced on every
 * worker start, so a revoked permission or a lost registration heals itself.
 */
export async function syncAddedSites(origins: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const origin of origins) {
    if (await chrome.permissions.contains({ origins: [`${origin}/*`] })) granted.push(origin);
  }
  const existing = await chrome.scripting.getRegisteredContentScripts();
  const wanted = new Map(granted.map((o) => [scriptId(o), o]));
  const stale = existing.filter((s) => s.id.startsWith(PREFIX) && !wanted.has(s.id)).map((s) => s.id);
  if (stale.length > 0) await chrome.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(existing.map((s) => s.id));
  const missing = [...wanted].filter(([id]) => !have.has(id));
  if (missing.length > 0) {
    await chrome.scripting.registerContentScripts(
      missing.map(([id, origin]) => ({
        id,
        matches: [`${origin}/*`],
        js: [contentScript],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  return granted;
}
