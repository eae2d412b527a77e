import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The detector's test set: synthetic layout variants (tests/fixtures/layouts) and the recorded funder pages
 * (tests/fixtures/pages), each with a sidecar `<name>.expected.json` naming the calls on it (see the
 * layouts README). Read by the unit test, the e2e test and `npm run bench`.
 */
export interface ExpectedItem {
  title: string;
  /** high: strong or relevant for the default profile; low: weak or none. */
  band?: 'high' | 'low';
}

export interface LayoutCase {
  name: string;
  file: string;
  url: string;
  class: string;
  items: ExpectedItem[];
  notCalls: string[];
  html: string;
  /** Pages that render with their own script (late or re-rendered lists): only a real browser reads them. */
  scripted: boolean;
}

// process.cwd(), not import.meta.url: under jsdom the module URL is not a file URL.
const FIXTURES = join(process.cwd(), 'tests/fixtures/');

function sidecars(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sidecars(path));
    else if (entry.name.endsWith('.expected.json')) out.push(path);
  }
  return out.sort();
}

/** The tuning set: what the detector was developed on (layout variants and recorded pages). */
export function layoutCases(): LayoutCase[] {
  return casesIn(['layouts', 'pages']);
}

/**
 * The held-out set (tests/fixtures/held-out): layout variants written after the detector, never tuned on.
 * Only `npm run bench` reads it, to print its figures apart from the tuning set's; a gap it shows is fixed
 * in the general mechanism, and the page stays as it was written.
 */
export function heldOutCases(): LayoutCase[] {
  return casesIn(['held-out']);
}

function casesIn(subs: string[]): LayoutCase[] {
  return subs.flatMap((sub) =>
    sidecars(join(FIXTURES, sub)).map((sidecar): LayoutCase => {
      const file = sidecar.replace(/\.expected\.json$/, '.html');
      if (!existsSync(file)) throw new Error(`${relative(FIXTURES, sidecar)}: no page ${relative(FIXTURES, file)}`);
      const spec = JSON.parse(readFileSync(sidecar, 'utf8')) as Partial<LayoutCase>;
      const where = relative(FIXTURES, sidecar);
      if (typeof spec.url !== 'string' || !spec.url.startsWith('https://'))
        throw new Error(`${where}: url must be https`);
      if (typeof spec.class !== 'string') throw new Error(`${where}: class missing`);
      if (!Array.isArray(spec.items)) throw new Error(`${where}: items missing`);
      const html = readFileSync(file, 'utf8');
      return {
        name: relative(FIXTURES, file),
        file,
        url: spec.url,
        class: spec.class,
        items: spec.items,
        notCalls: spec.notCalls ?? [],
        html,
        scripted: /<script\b/i.test(html),
      };
    }),
  );
}

/** Found titles against expected ones (prefix match, in any order): true/false positives per case. */
export function scoreCase(c: LayoutCase, found: string[]): { hits: number; missed: string[]; extra: string[] } {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const left = found.map(norm);
  const missed: string[] = [];
  let hits = 0;
  for (const e of c.items) {
    const i = left.findIndex((t) => t.startsWith(norm(e.title)));
    if (i === -1) missed.push(e.title);
    else {
      hits += 1;
      left.splice(i, 1);
    }
  }
  return { hits, missed, extra: left };
}
