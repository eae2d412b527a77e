import type { SourceInput, SourcePlan, SourceRequest } from '../../core/sources/types.ts';
import { fetchText, type HttpOptions } from './http.ts';

/** At most this many requests per source in one fetch: a plan bug must not hammer a funder's site. */
const MAX_REQUESTS = 40;

/** Runs one source's plan: first requests, their next pages, then follow-up pages found in them. */
export async function fetchPlan(plan: SourcePlan, now: Date, http: HttpOptions = {}): Promise<SourceInput[]> {
  const out: SourceInput[] = [];
  const seen = new Set<string>();
  const run = async (req: SourceRequest) => {
    let current: SourceRequest | undefined = req;
    while (current && seen.size < MAX_REQUESTS && !seen.has(current.url)) {
      seen.add(current.url);
      const res = await fetchText(current, http);
      const input: SourceInput = {
        body: res.body,
        url: current.url,
        ...(res.contentType ? { contentType: res.contentType } : {}),
        fetchedAt: new Date().toISOString(),
      };
      out.push(input);
      current = plan.next?.(input, current);
    }
  };
  for (const req of plan.requests(now)) await run(req);
  for (const req of plan.follow?.(out) ?? []) await run(req);
  return out;
}
