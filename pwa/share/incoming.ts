/**
 * The share target's query, taken off the address as the app starts: a shared page can be a megabyte of
 * text, and an address that long slows every later step of the page. The query is kept here until read.
 */
let search = '';

export function takeAddressQuery(): void {
  if (!location.search) return;
  search = location.search;
  history.replaceState(null, '', `${location.pathname}${location.hash}`);
}

/** The shared query, once; empty when the app was not opened by a share. */
export function sharedSearch(): string {
  const s = search;
  search = '';
  return s;
}

/** Whether the app was opened by a share (without taking the query). */
export function hasSharedSearch(): boolean {
  return search !== '';
}
