/** The Fundwatch server's calls, on the app's own origin (no CORS, nothing else contacted). */
export function serverCallsUrl(): string {
  const path = location.pathname.replace(/\/join\/?$/, '/').replace(/[^/]*$/, '');
  return `${location.origin}${path}api/calls`;
}
