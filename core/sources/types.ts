import type { FundingCall } from '../model/call.ts';
import type { FeedItem } from './lib/feed.ts';

/** One saved or fetched response, as a source parser sees it. */
export interface SourceInput {
  body: string;
  /** Where the body came from; also how a multi-request source tells its responses apart. */
  url: string;
  contentType?: string;
  /** ISO instant the response was fetched; parsers use it as "now" (never the wall clock), so parsing stays pure. */
  fetchedAt: string;
  /**
   * Feed items already parsed by the host (rss-parser on the Node side). When absent, feed sources parse the
   * XML themselves with fast-xml-parser, which also runs in the extension's service worker (no DOMParser).
   */
  feedItems?: FeedItem[];
}

/** The formats a source's responses come in; decides which malformed-input checks apply. */
export type SourceFormat = 'json' | 'rss' | 'html' | 'ics';

export interface SourceDefinition {
  id: string;
  /** Human name, e.g. "Interreg Baltic Sea Region". */
  name: string;
  format: SourceFormat;
  /** Pure: one response → calls. Throws InputError naming the url and position on malformed input. */
  parse(input: SourceInput): FundingCall[];
  /**
   * Pure: every response of one fetch → calls, for sources whose responses must be joined (Vinnova's rounds,
   * calls and programmes; a feed plus call pages; EU result pages with duplicates across pages).
   */
  parseMany?(inputs: readonly SourceInput[]): FundingCall[];
}

/** One HTTP request of a source's fetch plan. */
export interface SourceRequest {
  url: string;
  method?: 'GET' | 'POST';
  accept?: string;
  /** Multipart form parts (the EU search API wants `query` and `languages` as parts). */
  multipart?: Record<string, { value: string; contentType: string }>;
}

/** Which URLs a source fetches, kept apart from parsing so the extension can reuse the hosts list. */
export interface SourcePlan {
  /** Hosts the source talks to (extension host permissions come from these). */
  hosts: string[];
  /** The first requests of a fetch; `now` lets date-windowed APIs ask for recent changes only. */
  requests(now: Date): SourceRequest[];
  /** Follow-up requests found in the first responses (e.g. call pages linked from a feed). */
  follow?(responses: readonly SourceInput[]): SourceRequest[];
  /** Follow-up pages for paged APIs: the next request after a response, if any. */
  next?(response: SourceInput, request: SourceRequest): SourceRequest | undefined;
}
