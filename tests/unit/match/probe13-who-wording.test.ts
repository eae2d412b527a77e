/**
 * Who-may-apply wording probe 13's fresh pages showed read wrongly, each as a general rule. Sentences written for
 * this test from how funders generally write, none copied from a probed page:
 * - "Funding is exclusively for individuals" says only individuals apply, however open a list of kinds of artist is;
 * - "designated candidate entities resulting from the Expression of Interest" are a group chosen before;
 * - "the City of Gothenburg" and "the city" on its own are one city, not kommuner as a class or a topic;
 * - "organisations representing the project" are organisations of any kind, not of a field;
 * - "partnerships involve various organisations including public authorities" names parties, not a topic;
 * - a page opening applications for several programmes: one programme's "Only NGOs" is not every one's.
 */
import { describe, expect, it } from 'vitest';
import { judge } from '../../support/applicant-judge.ts';
import { evidenceTerms } from '../../support/evidence.ts';

describe('"exclusively for individuals"', () => {
  it('shuts organisations out, beside a list of kinds of practitioner', () => {
    const j = judge({
      summary:
        'The programme is open to artists and cultural practitioners, including curators, producers and researchers. Funding is exclusively for individuals; group members apply separately.',
      applicantTypes: ['artists and cultural practitioners', 'curators', 'researchers', 'individuals'],
      language: 'en',
    });
    expect(j.verdict).toBe('not-eligible');
    expect(j.text).toMatch(/enskilda personer/);
  });
  it('without "exclusively", the open list leaves it open', () => {
    const j = judge({
      summary:
        'The programme is open to artists and cultural practitioners, including curators, producers and researchers.',
      applicantTypes: ['artists and cultural practitioners', 'curators', 'researchers', 'individuals'],
      language: 'en',
    });
    expect(j.blockers).toEqual([]);
  });
});

describe('a group chosen before', () => {
  it('"designated candidate entities resulting from the Expression of Interest" is no open call', () => {
    const j = judge({
      summary:
        'The call sets up the network from all designated candidate entities resulting from the Expression of Interest. Applicants must be legal entities (public or private bodies).',
      language: 'en',
    });
    expect(j.verdict).toBe('unknown');
    expect(j.text).toMatch(/designated candidate entities/);
  });
  it("a two-stage call's own first stage is no such group", () => {
    const j = judge({
      summary: 'Public bodies may apply. Applicants selected in the first stage are invited to submit a full proposal.',
      language: 'en',
    });
    expect(j.verdict).toBe('eligible');
  });
});

describe('one city', () => {
  it('"the City of Gothenburg" and "the city" are no kommuner as applicants', () => {
    const j = judge({
      summary:
        'It is 400 years since the City of Gothenburg was founded, and the city has been a key partner. The embassy invites private individuals to apply.',
      language: 'en',
    });
    expect(j.text).not.toMatch(/nämner kommuner/);
  });
  it('"City of …" is no topic of cities', () => {
    expect(
      evidenceTerms(
        { summary: 'The City of Gothenburg was founded 400 years ago.', language: 'en' },
        'city-cooperation',
      ),
    ).toEqual([]);
  });
  it('cities as a class still apply', () => {
    expect(judge({ summary: 'Cities and towns may apply.', language: 'en' }).verdict).toBe('eligible');
  });
});

describe('organisations representing the project', () => {
  it('are organisations of any kind, so no blocker', () => {
    const j = judge({
      summary: 'Prizes for new ideas.',
      applicantTypes: ['individuals or organisations representing the project or initiative'],
      language: 'en',
    });
    expect(j.blockers).toEqual([]);
    expect(j.text).toMatch(/individuals or organisations/);
  });
});

describe('the kinds of organisation a partnership involves', () => {
  it('are parties, not the topic', () => {
    const summary =
      'Partnerships involve various organisations including in particular public authorities at local and national levels.';
    expect(evidenceTerms({ summary, language: 'en' }, 'public-innovation')).toEqual([]);
    expect(
      evidenceTerms(
        { summary: 'The call funds innovation in public authorities.', language: 'en' },
        'public-innovation',
      ),
    ).not.toEqual([]);
  });
});

describe('a page that opens several programmes', () => {
  it("does not take one programme's limit for every one's", () => {
    const j = judge({
      summary:
        'The council is opening applications for three cooperation programmes in the region. NGO programme: partners: only NGOs.',
      applicantTypes: ['NGOs'],
      language: 'en',
    });
    expect(j.applicantBlockers).toEqual([]);
    expect(j.text).toMatch(/flera program/);
  });
  it('one programme with the same limit still shuts a kommun out', () => {
    const j = judge({
      summary: 'The council is opening applications for its NGO programme. Partners: only NGOs.',
      applicantTypes: ['NGOs'],
      language: 'en',
    });
    expect(j.verdict).toBe('not-eligible');
  });
});
