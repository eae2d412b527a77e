import { funderHosts } from '../funder-sites.ts';
import type { HandlerRegistry, PageCall } from '../messages.ts';
import { normaliseDigest, normaliseOrigin, normalisePageCalls } from '../shared/normalise.ts';
import { originPattern } from '../shared/normalise-origin.ts';
import { UiError } from '../shared/ui-error.ts';
import { syncAddedSites } from './added-sites.ts';
import { releaseOrigins } from './optional-origins.ts';
import {
  activeProfile,
  buildProfileFromText,
  readActiveProfile,
  saveActiveProfile,
  seedProfiles,
  summarise,
} from './profiles.ts';
import { mergePageCalls, scoreItems, toMark, toPageCalls } from './score-items.ts';
import { patchSettings, readSettings } from './settings.ts';
import { getLocal, getSession, setSession } from './storage.ts';
import { teamHandlers } from './team/team-handlers.ts';
import { exportSaved, readSaved, unwatch, watchItem } from './watchlist.ts';
import { SOON_ALARM } from './weekly-check.ts';

const tabKey = (tabId: number) => `tab:${tabId}`;
/** Batches of one page arrive together: their read-merge-write on the tab's entry must not interleave. */
const tabQueues = new Map<number, Promise<unknown>>();
function pageCallsQueue(tabId: number, run: () => Promise<void>): Promise<void> {
  const next = (tabQueues.get(tabId) ?? Promise.resolve()).then(run, run);
  tabQueues.set(tabId, next);
  return next.finally(() => {
    if (tabQueues.get(tabId) === next) tabQueues.delete(tabId);
  });
}
const withoutHash = (url: string) => url.split('#')[0];

/** The calls found on a tab, if it still shows the page they were found on. */
async function callsOnTab(tabId: number): Promise<PageCall[]> {
  const page = normalisePageCalls(await getSession(tabKey(tabId)));
  const tab = await chrome.tabs.get(tabId).catch(() => undefined);
  // tab.url is only visible on hosts the extension may read, which are the pages it scans.
  return tab?.url && withoutHash(tab.url) === withoutHash(page.url) ? page.calls : [];
}

/** Every message the worker answers; each reads its state from storage (the worker may have just woken). */
export const handlers: HandlerRegistry = {
  ...teamHandlers,

  async 'score-items'({ items, pageUrl }, sender) {
    const now = new Date();
    const [{ profile }, settings, saved] = await Promise.all([activeProfile(), readSettings(), readSaved()]);
    const scored = scoreItems(items, pageUrl, profile, new Set(saved.map((s) => s.id)), now);
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      // Late-rendered pages are scanned in several rounds, long ones in batches: one entry per call.
      await pageCallsQueue(tabId, async () => {
        const prev = normalisePageCalls(await getSession(tabKey(tabId)));
        await setSession(tabKey(tabId), mergePageCalls(prev, withoutHash(pageUrl), toPageCalls(scored, now)));
      });
    }
    return { lang: settings.lang, marks: scored.map(toMark) };
  },

  async 'explain-item'({ item, pageUrl }) {
    const [{ profile }, saved] = await Promise.all([activeProfile(), readSaved()]);
    const [scored] = scoreItems([item], pageUrl, profile, new Set(saved.map((s) => s.id)), new Date());
    if (!scored) throw new Error('fundwatch: nothing to explain');
    return { verdict: scored.verdict };
  },

  async watch({ item, pageUrl }) {
    return { saved: await watchItem(item, pageUrl) };
  },

  async unwatch({ id }) {
    return { removed: await unwatch(id) };
  },

  async 'get-state'({ tabId }) {
    const [settings, { profile, custom }, saved] = await Promise.all([readSettings(), activeProfile(), readSaved()]);
    return {
      settings,
      profile: summarise(profile, custom),
      saved,
      pageCalls: tabId !== undefined ? await callsOnTab(tabId) : [],
      digest: normaliseDigest(await getLocal('digest')),
    };
  },

  async 'list-seeds'() {
    return { seeds: seedProfiles().map((p) => summarise(p, false)) };
  },

  async 'set-profile'({ active }) {
    await saveActiveProfile(active);
    const { profile, custom } = await activeProfile();
    return { profile: summarise(profile, custom) };
  },

  async 'set-weights'({ weights }) {
    const { profile } = await activeProfile();
    const priorities = profile.priorities.map((p) => {
      const w = weights[p.id];
      return typeof w === 'number' && Number.isFinite(w) ? { ...p, weight: Math.min(3, Math.max(0, w)) } : p;
    });
    const current = await readActiveProfile();
    // Editing a seed turns it into the body's own copy; the seed itself stays untouched.
    const id = current.kind === 'seed' ? `${profile.id}-egen` : profile.id;
    await saveActiveProfile({ kind: 'custom', profile: { ...profile, id, priorities } });
    const next = await activeProfile();
    return { profile: summarise(next.profile, next.custom) };
  },

  async 'build-profile'({ text, name, lan }) {
    if (text.trim().length < 200) throw new UiError('errStrategyTooShort', '200');
    const profile = buildProfileFromText(text, { name, lan });
    await saveActiveProfile({ kind: 'custom', profile });
    const next = await activeProfile();
    return { profile: summarise(next.profile, next.custom) };
  },

  async 'set-settings'({ patch }) {
    const { addedSites: _ignored, ...rest } = patch;
    const before = await readSettings();
    const settings = await patchSettings(rest);
    // Another feed (or none): the old feed's origin is given back unless something else still reads it.
    if (settings.feedUrl !== before.feedUrl) await releaseOrigins([originPattern(before.feedUrl)]);
    return { settings };
  },

  async 'add-site'({ origin }) {
    const clean = normaliseOrigin(origin);
    if (!clean) throw new UiError('errInvalidAddress', origin);
    if (funderHosts().includes(new URL(clean).hostname)) {
      throw new UiError('errSiteAlreadyCovered', clean);
    }
    if (!(await chrome.permissions.contains({ origins: [`${clean}/*`] }))) {
      throw new UiError('errNoPermission', clean);
    }
    const current = await readSettings();
    const granted = await syncAddedSites([...current.addedSites, clean]);
    return { settings: await patchSettings({ addedSites: granted }) };
  },

  async 'remove-site'({ origin }) {
    const current = await readSettings();
    const rest = current.addedSites.filter((o) => o !== origin);
    await syncAddedSites(rest);
    const settings = await patchSettings({ addedSites: rest });
    // The site's permission goes with it, unless the team's server or the feed is on that origin.
    await releaseOrigins([originPattern(origin)]);
    return { settings };
  },

  async 'export-saved'() {
    return { json: await exportSaved() };
  },

  async 'check-soon'({ seconds }) {
    const when = Date.now() + Math.max(1, Math.min(3600, seconds)) * 1000;
    await chrome.alarms.create(SOON_ALARM, { when });
    return { scheduledFor: when };
  },
};
