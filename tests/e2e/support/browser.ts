import { existsSync } from 'node:fs';

/**
 * Debian's Chromium (apt-get install chromium): playwright cannot download a browser here.
 * /usr/lib/chromium/chromium is the bare binary; /usr/bin/chromium is a wrapper adding flags.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH');
  return found;
}

/** Flags that keep a headless Chromium quiet on a machine with no network but loopback. */
export const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
