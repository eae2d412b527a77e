import type { FundingCall } from '../../core/model/call.ts';
import { normaliseCall } from '../../core/model/normalise-call.ts';
import { getPlan, parseResponses, SOURCES } from '../../core/sources/registry.ts';
import type { SourceDefinition, SourceInput, SourcePlan, SourceRequest } from '../../core/sources/types.ts';
import { normaliseSnapshot } from '../../core/store/snapshot.ts';

const TIMEOUT_MS = 20_000;
const MAX_REQUESTS = 40;

async function fetchOne(req: SourceRequest, now: Date): Promise<SourceInput> {
  const init: RequestInit = { method: req.method ?? 'GET', signal: AbortSignal.timeout(TIMEOUT_MS) };
  if (req.accept) init.headers = { accept: req.accept };
  if (req.multipart) {
    const form = new FormData();
    for (const [name, part] of Object.entries(req.multipart)) {
      form.append(name, new Blob([part.value], { type: part.contentType }));
    }
    init.body = form;
  }
  const res = await fetch(req.url, init);
  if (!res.ok) throw new Error(`${req.url}: HTTP ${res.status}`);
  return {
    body: await res.text(),
    url: req.url,
    contentType: res.headers.get('content-type') ?? undefined,
    fetchedAt: now.toISOString(),
  };
}

/**
 * One source's fetch plan (first requests, paging, follow-ups), then its pure parser over the responses.
 * A page that fails among several is reported and the rest still parsed; if every request fails, the
 * source fails.
 */
async function fetchSource(
  source: SourceDefinition,
  plan: SourcePlan,
  now: Date,
): Promise<{ calls: FundingCall[]; problems: string[] }> {
  const inputs: SourceInput[] = [];
  const problems: string[] = [];
  const get = async (req: SourceRequest): Promise<SourceInput | undefined> => {
    try {
      const input = await fetchOne(req, now);
      inputs.push(input);
      return input;
    } catch (err) {
      problems.push(err instanceof Error ? err.message : String(err));
      return undefined;
    }
  };
  const queue = [...plan.requests(now)];
  let count = 0;
  while (queue.length > 0 && count < MAX_REQUESTS) {
    const req = queue.shift()!;
    count += 1;
    const input = await get(req);
    const next = input && plan.next?.(input, req);
    if (next) queue.push(next);
  }
  if (plan.follow && inputs.length > 0) {
    for (const req of plan.follow(inputs).slice(0, MAX_REQUESTS - count)) await get(req);
  }
  if (inputs.length === 0) throw new Error(problems[0] ?? 'no requests');
  return { calls: parseResponses(source, inputs), problems };
}

export interface Gathered {
  calls: FundingCall[];
  errors: string[];
  checked: string[];
}

/**
 * Fetches every source whose hosts the extension may read (funder sites are granted at install; the
 * data APIs only if the user allowed them). One failing source is reported by name and skipped.
 */
export async function fetchPermittedSources(now: Date): Promise<Gathered> {
  const out: Gathered = { calls: [], errors: [], checked: [] };
  for (const source of SOURCES) {
    const plan = getPlan(source.id);
    const origins = plan.hosts.map((h) => `https://${h}/*`);
    if (!(await chrome.permissions.contains({ origins }))) continue;
    try {
      const { calls, problems } = await fetchSource(source, plan, now);
      out.calls.push(...calls);
      out.checked.push(source.id);
      for (const p of problems) out.errors.push(`${source.name}: ${p}`);
    } catch (err) {
      out.errors.push(`${source.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return out;
}

/** The user's calls feed: a calls.json from `fundwatch fetch` (a snapshot object or a bare array of calls). */
export async function fetchFeed(feedUrl: string, now: Date): Promise<Gathered> {
  const out: Gathered = { calls: [], errors: [], checked: [] };
  if (!feedUrl) return out;
  try {
    const origin = new URL(feedUrl).origin;
    if (!(await chrome.permissions.contains({ origins: [`${origin}/*`] }))) {
      out.errors.push(`feed ${feedUrl}: no permission for ${origin}`);
      return out;
    }
    const input = await fetchOne({ url: feedUrl, accept: 'application/json' }, now);
    out.calls.push(...callsFromJson(input.body, feedUrl, now));
    out.checked.push('feed');
  } catch (err) {
    out.errors.push(`feed ${feedUrl}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return out;
}

/**
 * A feed body through the one gate for snapshots (core/store/snapshot.ts); a bare list of calls goes
 * through the call gate one by one. A bad feed is refused whole, with the field named.
 */
export function callsFromJson(body: string, file: string, now: Date): FundingCall[] {
  const data = JSON.parse(body) as unknown;
  if (Array.isArray(data)) return data.map((raw, i) => normaliseCall(raw, { file, position: `[${i}]` }, now));
  return normaliseSnapshot(data, { file }, now).calls;
}
