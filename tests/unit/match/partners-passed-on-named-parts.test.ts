/**
 * Readings set 24's released calls showed wrong, each made a general rule. Sentences written for this test from how
 * funders generally write, none copied from a labelled call:
 * - partners named as the work's parties ("partnerships between schools", "researchers collaborate with practitioners
 *   in the public sector") make a kommun a party, schools as their provider;
 * - a list naming those who apply "and their partners" shuts no other kind of body out;
 * - a class the applicants pass the grant on to ("regranting to third-party CSOs") is no limit on who applies;
 * - holders of running projects beside "new applicants" are not the only applicants;
 * - "Anyone can apply", "Alla kan söka" admit organisations of every kind;
 * - a national programme's part named after its name ("ESF+, Övre Norrland") is that area's;
 * - a capitalised word numbered as a programme's part ("Cluster 6"), a term of another sense spanning the same words
 *   ("regionalt tillväxtansvarig"), and "in cooperation with" a named body are no topic;
 * - a sentence naming other kinds of applicant, without "only", in a programme whose data admits kommuner, leaves it
 *   open instead of shutting them out;
 * - a country at war ("the Russian aggression against Ukraine") is the call's context, no partner or place of work.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { judge, region } from '../../support/applicant-judge.ts';
import { evidenceTerms } from '../../support/evidence.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

describe('partners named as the parties of the work', () => {
  it('partnerships between schools make a kommun a party, as their provider', () => {
    const over = {
      summary: 'The programme supports partnerships between schools in the Nordic and Baltic countries.',
      applicantTypes: ['Not for profit (incl. NGOs)'],
      language: 'en' as const,
    };
    const j = judge(over);
    expect(j.verdict).toBe('eligible');
    expect(j.text).toMatch(/skolor som parter/);
    expect(j.blockers).toEqual([]);
    const r = judge(over, region);
    expect(r.verdict).toBe('unknown');
    expect(r.blockers).toEqual([]);
  });
  it('researchers who collaborate with the public sector have public bodies as parties', () => {
    const j = judge({
      summary:
        'The call is open to researchers at universities. The researchers shall collaborate with practitioners within the public sector and civil society.',
      language: 'en',
    });
    expect(j.blockers).toEqual([]);
    expect(j.text).toMatch(/som parter i projekten/);
  });
  it('a list of researchers alone still shuts a kommun out', () => {
    expect(judge({ summary: 'Only researchers at universities may apply.', language: 'en' }).verdict).toBe(
      'not-eligible',
    );
  });
});

describe('those who apply "and their partners"', () => {
  it('shuts no other kind of body out, and names it no applicant', () => {
    const j = judge(
      {
        summary: 'Utlysningen ger städer möjlighet att söka stöd för klimatomställning.',
        applicantTypes: ['städer – kommuner och deras partners'],
        language: 'sv',
      },
      region,
    );
    expect(j.verdict).toBe('unknown');
    expect(j.text).toMatch(/och deras partners/);
    expect(j.blockers).toEqual([]);
  });
  it('without partners, a list of kommuner still leaves regions out', () => {
    const j = judge({ summary: 'Stöd för klimatomställning.', applicantTypes: ['kommuner'], language: 'sv' }, region);
    expect(j.verdict).toBe('not-eligible');
  });
});

describe('those the grant is passed on to', () => {
  it('named in the list of applicants too, they do not limit it', () => {
    const j = judge({
      summary:
        'Projects must run large-scale actions; regranting (financial support to third-party CSOs) is mandatory to reach grassroots groups.',
      applicantTypes: ['civil society organisations'],
      language: 'en',
    });
    expect(j.applicantBlockers).toEqual([]);
    expect(j.verdict).not.toBe('eligible');
  });
  it('a list of associations with no word of passing grants on still limits', () => {
    const j = judge({
      summary: 'Projects must run large-scale actions against violence.',
      applicantTypes: ['civil society organisations'],
      language: 'en',
    });
    expect(j.verdict).toBe('not-eligible');
  });
});

describe('anyone may apply', () => {
  it('"Anyone can apply" and "Alla kan söka." admit every kind of body', () => {
    for (const [summary, language] of [
      ['The fund supports new projects. Anyone can apply – individuals, groups, associations, companies, etc.', 'en'],
      ['Stöd ges till naturvårdsprojekt. Sökande: Alla kan söka. Stora projekt uppmuntras.', 'sv'],
    ] as const) {
      const j = judge({ summary, language });
      expect(j.verdict, summary).toBe('eligible');
      expect(j.text, summary).toMatch(/öppen för alla/);
    }
  });
  it('"alla kan söka som bor i …" is no such opening', () => {
    expect(judge({ summary: 'Alla kan söka som bor i länet.', language: 'sv' }).text).not.toMatch(/öppen för alla/);
  });
});

describe('holders of running projects beside new applicants', () => {
  it('are one kind of applicant among others', () => {
    const j = judge({
      summary:
        'Behöriga att söka är projektägare i pågående projekt inom insatsområdet och nya sökande med utvecklingsbehov.',
      applicantTypes: ['projektägare i pågående projekt inom insatsområdet', 'nya sökande med utvecklingsbehov'],
      language: 'sv',
    });
    expect(j.text).not.toMatch(/redan deltar/);
  });
  it('alone, they are still a group the call cannot place a body in', () => {
    const j = judge({
      summary: 'Behöriga att söka är projektägare i pågående projekt inom insatsområdet.',
      applicantTypes: ['projektägare i pågående projekt inom insatsområdet'],
      language: 'sv',
    });
    expect(j.text).toMatch(/redan deltar/);
  });
});

describe("a national programme's regional part named after its name", () => {
  const call = testCall({
    funder: 'Svenska ESF-rådet',
    programme: 'Europeiska socialfonden+ (ESF+), Övre Norrland',
    title: 'Nu kan ni söka medel för kompetensförsörjning',
    summary: 'ESF-rådet öppnar en utlysning om kompetensutveckling i offentliga och privata organisationer.',
    language: 'sv',
  });
  it('is that area', () => {
    const outside = score(call, testProfile({ lan: 'blekinge' }));
    expect(outside.eligibility.area).toBe('not-eligible');
    expect(outside.eligibility.areaText.sv).toMatch(/Övre Norrland/);
    expect(score(call, testProfile({ lan: 'norrbotten' })).eligibility.area).toBe('eligible');
  });
  it('a programme name without an area leaves the call open', () => {
    const open = score({ ...call, programme: 'Europeiska socialfonden+ (ESF+)' }, testProfile({ lan: 'blekinge' }));
    expect(open.eligibility.area).not.toBe('not-eligible');
  });
});

describe('words that are no topic', () => {
  it('a capitalised word numbered as a part of a programme', () => {
    expect(
      evidenceTerms({ programme: 'Horizon Europe – Cluster 6 (Communities)', language: 'en' }, 'business-development'),
    ).toEqual([]);
    expect(
      evidenceTerms(
        { summary: 'The call supports regional innovation clusters for business.', language: 'en' },
        'business-development',
      ),
    ).not.toEqual([]);
  });
  it('a phrase of another sense spanning the same words as a term', () => {
    expect(
      evidenceTerms(
        { summary: 'Ansökan ska vara förankrad hos regionalt tillväxtansvarig i länet.', language: 'sv' },
        'business-development',
      ),
    ).toEqual([]);
    expect(
      evidenceTerms(
        { summary: 'Projekten ska bidra till regional tillväxt i länet.', language: 'sv' },
        'business-development',
      ),
    ).not.toEqual([]);
  });
  it('"in cooperation with" a named body says with whom, not what about', () => {
    const said = (summary: string) => evidenceTerms({ summary, language: 'en' }, 'international-cooperation');
    expect(said('The programme in cooperation with the City Council of Hamburg organised a conference.')).toEqual([]);
    expect(said('The call funds cooperation between partners in several countries.')).not.toEqual([]);
  });
  it('cross-sector collaboration is no international cooperation', () => {
    expect(
      evidenceTerms(
        { summary: 'Projekten ska bygga på samverkan över sektorsgränser i regionen.', language: 'sv' },
        'international-cooperation',
      ),
    ).toEqual([]);
  });
});

describe('a country at war', () => {
  const eastern = (summary: string) =>
    evidenceTerms({ summary, language: 'en' }, 'eastern-neighbourhood').length > 0 ||
    analyse(testCall({ summary, language: 'en' })).signals.countries.has('Ukraine');
  it('is the context of remembrance, not a partner or a place of the work', () => {
    expect(
      eastern(
        'At a time marked by a return of war in Europe due to the Russian aggression against Ukraine, remembrance matters more.',
      ),
    ).toBe(false);
    expect(eastern('Sedan invasionen av Ukraina har behoven ökat.')).toBe(false);
  });
  it('partners in the country still are', () => {
    expect(eastern('Projects must include partners from Ukraine.')).toBe(true);
  });
});

describe('a sentence naming others, in a programme that admits us', () => {
  it('leaves it open where the call does not say "only"', () => {
    const j = judge({
      funder: 'Vinnova',
      summary: 'The call is open to universities and research institutes.',
      language: 'en',
    });
    expect(j.verdict).toBe('unknown');
    expect(j.from).toBe('programme-data');
    expect(j.blockers).toEqual([]);
  });
  it('"only" still shuts us out, and so does the sentence where no programme data admits us', () => {
    expect(
      judge({ funder: 'Vinnova', summary: 'Only universities and research institutes can apply.', language: 'en' })
        .verdict,
    ).toBe('not-eligible');
    expect(
      judge({ summary: 'The call is open to universities and research institutes.', language: 'en' }).verdict,
    ).toBe('not-eligible');
  });
});
