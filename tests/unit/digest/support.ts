import { join } from 'node:path';
import { FIXTURES_DIR, fixtureInputs } from '../../../cli/fetch/offline.ts';
import { buildDigest, type Digest, type DigestInput } from '../../../core/digest/build.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { DISCOVERY_SOURCES, getSource, parseResponses, SOURCE_IDS } from '../../../core/sources/registry.ts';
import { mergeFetch, type SourceResult } from '../../../core/store/merge.ts';

export const FIRST = new Date('2026-11-20T06:00:00Z');
export const LATER = new Date('2026-11-27T06:00:00Z');

function result(id: string, inputs = fixtureInputs(id)): SourceResult {
  return { id, ok: true, calls: parseResponses(getSource(id), inputs), fetchedAt: inputs[0].fetchedAt };
}

/** Two weekly fetches of every fixture; the second one with the "later" Vinnova responses. */
export function twoFetches() {
  const one = mergeFetch(
    undefined,
    SOURCE_IDS.map((id) => result(id)),
    FIRST,
    DISCOVERY_SOURCES,
  );
  const laterVinnova = fixtureInputs('later', join(FIXTURES_DIR, 'vinnova'));
  const two = mergeFetch(
    one.snapshot,
    SOURCE_IDS.map((id) => (id === 'vinnova' ? result(id, laterVinnova) : result(id))),
    LATER,
    DISCOVERY_SOURCES,
  );
  return { one, two };
}

/** The week a digest of the second fetch covers: sent the morning after it, since the day after the first. */
export const WEEK = { since: new Date('2026-11-21T00:00:00Z'), now: new Date('2026-11-27T08:00:00Z') };

/** The weekly digest of a fetch for PROFILE over WEEK; `more` adds watched calls, a horizon and so on. */
export function weeklyDigest(fetched: ReturnType<typeof twoFetches>['two'], more: Partial<DigestInput> = {}): Digest {
  const { snapshot } = fetched;
  return buildDigest({ calls: snapshot.calls, snapshot, profile: PROFILE, ...WEEK, ...more });
}

/** A small profile that cares about public-sector innovation and climate, in a län (Blekinge) of South Baltic. */
export const PROFILE: Profile = {
  id: 'test-kommun',
  name: 'Testkommun',
  kind: 'kommun',
  lan: 'blekinge',
  priorities: [
    {
      id: 'innovation',
      label: { sv: 'Innovation i offentlig sektor', en: 'Public-sector innovation' },
      weight: 1,
      concepts: [],
      terms: ['innovation', 'offentlig sektor', 'upphandling', 'public services'],
    },
    {
      id: 'climate',
      label: { sv: 'Klimatanpassning', en: 'Climate adaptation' },
      weight: 1,
      concepts: [],
      terms: ['klimatanpassning', 'climate adaptation', 'cirkulär', 'circular'],
    },
  ],
  partnerCountries: [],
  networks: [],
  preferredFunders: [],
  exclusions: [],
};

export function hostileCall(): FundingCall {
  return {
    id: 'vinnova:evil',
    source: 'vinnova',
    funder: 'Vinnova <b>bold</b>',
    title: 'Innovation <img src=x onerror=alert(1)> & "quotes" [link](javascript:alert(1))',
    summary: 'innovation i offentlig sektor <script>alert(1)</script>',
    url: 'javascript:alert(1)',
    language: 'sv',
    opens: '2026-11-01',
    deadlines: [{ date: '2026-12-01', time: '14:00', timeZone: 'Europe/Stockholm', kind: 'application' }],
  };
}
