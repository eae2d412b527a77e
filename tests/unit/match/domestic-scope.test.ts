import { describe, expect, it } from 'vitest';
import { analyseCall, rank } from '../../../core/match/index.ts';
import { DOMESTIC_FACTOR } from '../../../core/match/scope.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { testCall } from '../../support/test-call.ts';

const linkoping = SEED_PROFILES.find((p) => p.id === 'linkoping')!;
const call = (id: string, funder: string, summary: string): FundingCall =>
  testCall({ id, funder, title: 'Energieffektivisering och klimatomställning i kommunen', summary, language: 'sv' });
const home =
  'Kommuner kan söka stöd för energieffektivisering, förnybar energi och minskad klimatpåverkan i egna lokaler.';

function matchOf(c: FundingCall) {
  return rank([analyseCall(c)], linkoping)[0].match;
}

describe('a domestic programme without an international dimension counts for less', () => {
  it('cuts a national agency grant that names nothing beyond Sweden, and says why', () => {
    const m = matchOf(call('home', 'Energimyndigheten', home));
    const cut = m.boosts.find((b) => b.kind === 'domestic-scope');
    expect(cut?.points).toBeLessThan(0);
    expect(cut?.text.sv).toContain('Energimyndigheten');
    expect(cut?.text.sv).toContain('inget internationellt samarbete');
    // The cut is the share the factor takes of what the call would otherwise score.
    const before = m.score - (cut?.points ?? 0);
    expect(m.score).toBeCloseTo(before * DOMESTIC_FACTOR, 0);
  });

  it.each([
    ['an international word', `${home} Projektet sker i internationellt samarbete.`],
    ['partners abroad named by country', `${home} Erfarenheter utbyts med kommuner i Finland.`],
    ['an EU framing', `${home} Insatsen bidrar till EU:s klimatmål.`],
    ['an English cue', `${home} Partners from other countries are welcome.`],
  ])('does not cut a domestic call with %s', (_, summary) => {
    const m = matchOf(call('abroad', 'Energimyndigheten', summary));
    expect(m.boosts.some((b) => b.kind === 'domestic-scope')).toBe(false);
  });

  it('never cuts calls of international or EU programmes', () => {
    for (const funder of ['ICLD', 'Interreg Baltic Sea Region', 'Universitets- och högskolerådet', 'LIFE programme']) {
      const m = matchOf(call(funder, funder, home));
      expect(
        m.boosts.some((b) => b.kind === 'domestic-scope'),
        funder,
      ).toBe(false);
    }
  });

  it('does not read a cue inside another word ("europeiska" is a cue, "neuropsykiatri" is not)', () => {
    const m = matchOf(call('word', 'Energimyndigheten', `${home} Även verksamheter inom neuropsykiatri.`));
    expect(m.boosts.some((b) => b.kind === 'domestic-scope')).toBe(true);
  });
});
