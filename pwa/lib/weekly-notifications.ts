export const PERIODIC_TAG = 'fundwatch-weekly-digest';
const WEEK_MS = 7 * 86_400_000;

interface PeriodicSyncManager {
  register(tag: string, opts: { minInterval: number }): Promise<void>;
  unregister(tag: string): Promise<void>;
}

export type EnableResult = 'periodic-sync' | 'on-open-only' | 'denied' | 'unsupported';

/**
 * Called from a button press only: asks for notification permission, then registers the weekly Periodic
 * Background Sync where the browser allows it (Chromium, installed app). Otherwise the digest shows on opening.
 */
export async function enableWeeklyNotifications(): Promise<EnableResult> {
  if (!('Notification' in window) || !('serviceWorker' in navigator)) return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return 'denied';
  const reg = await navigator.serviceWorker.ready;
  const periodic = (reg as ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager }).periodicSync;
  if (!periodic) return 'on-open-only';
  try {
    await periodic.register(PERIODIC_TAG, { minInterval: WEEK_MS });
    return 'periodic-sync';
  } catch {
    // Not installed, or the browser declined: the digest still shows whenever the app opens.
    return 'on-open-only';
  }
}

export async function disableWeeklyNotifications(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const reg = await navigator.serviceWorker.getRegistration();
  const periodic = (reg as (ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager }) | undefined)
    ?.periodicSync;
  await periodic?.unregister(PERIODIC_TAG).catch(() => undefined);
}
