/**
 * The service worker owns the state (chrome.storage.local) and the engine. Chrome may stop it at any
 * time: listeners are registered synchronously at the top level, and nothing that matters lives only
 * in memory.
 */
import { listen } from '../messages.ts';
import { syncAddedSites } from './added-sites.ts';
import { handlers } from './handlers.ts';
import { listPageUrl, NOTIFICATION_ID } from './notify.ts';
import { readSettings } from './settings.ts';
import { acceptAppLink } from './team/app-link.ts';
import { ensureTeamSync, SYNC_ALARM } from './team/server-sync.ts';
import { runWeeklyCheck, SOON_ALARM, WEEKLY_ALARM } from './weekly-check.ts';

const WEEK_MINUTES = 7 * 24 * 60;

listen(handlers);

// The app on this computer links here (externally_connectable); a team server is reconnected on every wake-up.
chrome.runtime.onConnectExternal.addListener(acceptAppLink);
ensureTeamSync().catch((err) => console.error('fundwatch: team sync failed to start', err));

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === SYNC_ALARM) {
    ensureTeamSync().catch((err) => console.error('fundwatch: team sync failed', err));
    return;
  }
  if (alarm.name !== WEEKLY_ALARM && alarm.name !== SOON_ALARM) return;
  runWeeklyCheck().catch((err) => console.error('fundwatch: weekly check failed', err));
});

chrome.notifications.onClicked.addListener((id) => {
  if (id !== NOTIFICATION_ID) return;
  chrome.tabs.create({ url: listPageUrl() }).catch(() => undefined);
  chrome.notifications.clear(id).catch(() => undefined);
});

async function ensureSetup(): Promise<void> {
  // Alarms persist across restarts; create the weekly one only when missing so its phase is kept.
  if (!(await chrome.alarms.get(WEEKLY_ALARM))) {
    await chrome.alarms.create(WEEKLY_ALARM, { delayInMinutes: 60, periodInMinutes: WEEK_MINUTES });
  }
  const settings = await readSettings();
  await syncAddedSites(settings.addedSites);
}

chrome.runtime.onInstalled.addListener(() => {
  ensureSetup().catch((err) => console.error('fundwatch: setup failed', err));
});
chrome.runtime.onStartup.addListener(() => {
  ensureSetup().catch((err) => console.error('fundwatch: setup failed', err));
});
