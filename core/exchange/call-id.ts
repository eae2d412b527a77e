import type { FundingCall } from '../model/call.ts';
import { hashString } from '../model/hash.ts';
import { parseHttpUrl } from '../sources/lib/url.ts';

/**
 * The id of a call read off a web page or shared to the app by its address: the same in the extension and the app,
 * so a call saved in one and handed to the other stays one entry. `key` is the call's own address, or the page
 * address and title when the item links nowhere.
 */
export function pageCallId(key: string): string {
  return `page:${hashString(key)}`;
}

const TRACKING = /^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)/;

/** An address reduced to what names the page: scheme-less, host without www., no fragment, tracking or trailing slash. */
export function urlKey(url: string): string | undefined {
  const u = parseHttpUrl(url);
  if (!u) return undefined;
  const params = u.query
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p && !TRACKING.test(p.split('=')[0]))
    .sort();
  const query = params.length ? `?${params.join('&')}` : '';
  const path = u.path.replace(/\/+$/, '').toLowerCase();
  return `${u.host.replace(/^www\./, '')}${path}${query}`;
}

/** Feed calls by their address, to recognise a page or shared call the feed also has. */
export function indexByUrl(calls: Iterable<FundingCall>): Map<string, FundingCall> {
  const out = new Map<string, FundingCall>();
  for (const call of calls) {
    const key = urlKey(call.url);
    // Listing pages carry several calls under one address: such an address names none of them.
    if (!key) continue;
    if (out.has(key)) out.set(key, undefined as unknown as FundingCall);
    else out.set(key, call);
  }
  for (const [k, v] of out) if (!v) out.delete(k);
  return out;
}

/**
 * The stable id for a call: a page or shared call whose address is a feed call's own address takes the feed's id
 * (and so the feed's deadlines from then on); any other call keeps its id.
 */
export function resolveCall(call: FundingCall, feedByUrl: ReadonlyMap<string, FundingCall>): FundingCall {
  if (call.source !== 'page' && call.source !== 'shared') return call;
  const key = urlKey(call.url);
  const known = key ? feedByUrl.get(key) : undefined;
  return known ?? call;
}
