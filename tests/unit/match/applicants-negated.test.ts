/** A call that says who may not apply ("Kommuner kan inte söka", "Companies cannot apply") is read that way. */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testProfile, testRegion } from '../../support/test-call.ts';

const call = (over: Partial<FundingCall>): FundingCall => ({
  id: 'test:1',
  source: 'test',
  funder: 'Interreg South Baltic',
  title: 'Call 9: small-scale projects',
  summary: '',
  url: '',
  language: 'en',
  deadlines: [],
  ...over,
});

const profile = testProfile();

describe('who may not apply', () => {
  const mucf = (summary: string) => call({ funder: 'MUCF', title: 'Organisationsbidrag', summary, language: 'sv' });

  it('"Kommuner kan inte söka" is a blocker for a kommun, never a sign that kommuner may apply', () => {
    const m = score(mucf('Statsbidrag till ungdomsorganisationer. Kommuner kan inte söka.'), profile);
    expect(m.eligibility.applicant).toBe('not-eligible');
    expect(m.blockers.map((b) => b.kind)).toContain('applicant-type');
    expect(m.blockers[0].text.sv).toMatch(/kommuner inte kan söka/);
  });

  it('"Companies cannot apply" leaves a kommun eligible and is no company-only blocker', () => {
    const m = score(
      call({ summary: 'Municipalities and NGOs may apply. Companies cannot apply.', funder: 'Interreg South Baltic' }),
      profile,
    );
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
  });

  // Whom a negation shuts out is the body it names, not every applicant word in its clause.
  it('shutting out a body kommuner form ("Kommunförbund kan inte söka") shuts out no kommun', () => {
    const m = score(
      mucf('Statsbidrag till arbete mot segregation. Kommunförbund och kommunala bolag kan inte söka bidraget.'),
      profile,
    );
    expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
    const r = score(mucf('Bidrag till kollektivtrafik. Regionförbund kan inte söka.'), testRegion());
    expect(r.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
  });

  it('kommuner naming what an activity is ("verksamhet som kommuner ansvarar för") are not refused themselves', () => {
    const sv = mucf('Stöd ges ej till sådan verksamhet som kommuner eller regioner har ansvar att finansiera.');
    expect(score(sv, profile).blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
    expect(score(sv, testRegion()).blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
    const en = call({ summary: 'Activities that municipalities are legally obliged to fund are not eligible.' });
    expect(score(en, profile).blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
  });

  it('a body in the genitive owns what is refused ("den offentliga sektorns skyldigheter"): it is not refused', () => {
    const sv = mucf(
      'Bidrag till kulturprojekt. Verksamhet som hör till den offentliga sektorns lagstadgade skyldigheter stöds inte.',
    );
    expect(score(sv, profile).blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
    const en = call({ summary: "Activities within municipalities' statutory duties are not funded." });
    expect(score(en, profile).blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
    // …while the body itself, not in the genitive, still is.
    const own = mucf('Bidrag till kulturprojekt. Den offentliga sektorn kan inte söka.');
    expect(score(own, profile).blockers.some((b) => b.kind === 'applicant-type')).toBe(true);
  });

  it('bodies named after "som" as examples ("aktörer som kommuner") are still shut out', () => {
    const m = score(mucf('Bidraget är till för föreningar. Offentliga aktörer som kommuner kan inte söka.'), profile);
    expect(m.eligibility.applicant).toBe('not-eligible');
    const k = score(mucf('Stöd ges ej till verksamhet som kommuner.'), profile);
    expect(k.eligibility.applicant).toBe('not-eligible');
  });

  it('"Privatpersoner och företag kan inte ansöka" refuses them: "företag" is then no topic of the call', () => {
    const business = testProfile({
      priorities: [{ id: 'n', label: { sv: 'n', en: 'n' }, weight: 1, concepts: ['business-development'], terms: [] }],
    });
    const m = score(
      mucf('Bidraget går till föreningar för lokal utveckling av en by. Privatpersoner och företag kan inte ansöka.'),
      business,
    );
    expect(m.reasons.map((r) => r.conceptId)).not.toContain('business-development');
    const kan = score(mucf('Bidraget går till företag som vill utveckla sin verksamhet.'), business);
    expect(kan.reasons.map((r) => r.conceptId)).toContain('business-development');
  });

  it('"kan inte ansöka … hos både X och kommunen" names where else one applies, not a refused applicant', () => {
    const m = score(
      mucf(
        'Föreningar kan söka bidrag för hälsofrämjande verksamhet. Man kan inte ansöka om bidrag för samma ' +
          'verksamhet hos både regionen och kommunen.',
      ),
      profile,
    );
    expect(m.blockers.map((b) => b.text.sv).join(' ')).not.toMatch(/kommuner inte kan söka/);
  });
});
