/**
 * Wording of who may apply that probe 8's fresh pages showed read wrongly, each as a general rule. Sentences written
 * for this test from how funders generally write:
 * - "as well as" that adds places ("… as well as the signatories of a convention: Belarus …", "… as well as those in
 *   the UK") adds no kind of applicant: the kinds already named stay the limit;
 * - a class named before its examples ("companies (principally SMEs, including start-ups)") is the limit, the
 *   examples are kinds of it;
 * - a procurement says so in more words than "call for tenders": "launches a service contract", "the deadline for
 *   tenders";
 * - a list of län after the word "län" ("från följande län kan delta: Gotland, Gävleborg …") limits the call to them,
 *   and so does a title's region ("Regionalt företagsstöd i Stockholmsregionen", "Kulturstöd i Region Kronoberg");
 * - "kommunal verksamhet har låg prioritet" deprioritises, it does not refuse; disability and patient organisations
 *   are civil society (probe 9).
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { textArea } from '../../../core/match/where-text.ts';
import { judge, kommun } from '../../support/applicant-judge.ts';
import { testCall } from '../../support/test-call.ts';

describe('"as well as" adding places', () => {
  it('keeps the kinds named as the limit', () => {
    const cases: [string, string][] = [
      [
        'Only youth NGOs from member states of the Council, as well as the signatories of the Convention: Belarus and Kazakhstan, can apply to the Foundation.',
        'Utlysningen vänder sig bara till föreningar och civilsamhällets organisationer.',
      ],
      [
        'Individual artists based in the Nordic countries, as well as those in the UK and Ireland, are eligible to apply.',
        'Utlysningen vänder sig till enskilda personer, inte till organisationer.',
      ],
    ];
    for (const [summary, blocker] of cases) {
      expect(judge({ summary, language: 'en' }).applicantBlockers, summary).toEqual([blocker]);
    }
  });
  it('"as well as" adding a kind still opens the list', () => {
    const j = judge({ summary: 'Youth NGOs can apply, as well as municipalities and schools.', language: 'en' });
    expect(j.applicantBlockers).toEqual([]);
  });
});

describe('a class named before its examples', () => {
  it('is the limit', () => {
    const j = judge({
      summary: 'The instrument supports companies (principally SMEs, including start-ups and spin-outs) to scale up.',
      applicantTypes: ['companies (principally SMEs, including start-ups and spin-outs)'],
      language: 'en',
    });
    expect(j.applicantBlockers).toEqual(['Utlysningen vänder sig bara till företag.']);
  });
  it('named only as an example, it is no limit', () => {
    const j = judge({
      summary: 'Applicants can be, for example, companies or universities.',
      applicantTypes: ['companies', 'universities'],
      language: 'en',
    });
    expect(j.applicantBlockers).toEqual([]);
  });
});

describe('a procurement', () => {
  it('is told so when it launches a service contract or sets a deadline for tenders', () => {
    for (const summary of [
      'The Commission launches a service contract to deliver the follow-up project for cities.',
      'The contractor will support 50 cities. The deadline for tenders is 2 September.',
    ]) {
      const j = judge({ title: 'Service contract for a cities initiative', summary, language: 'en' });
      expect(j.text, summary).toContain('Utlysningen är en upphandling');
    }
  });
  it('a grant call naming no tender stays a grant call', () => {
    const j = judge({
      summary: 'Municipalities may apply for grants to deliver services to citizens.',
      language: 'en',
    });
    expect(j.text).not.toContain('upphandling');
  });
});

describe('a list of län after the word "län"', () => {
  const summary =
    'I Sverige kan offentliga eller privata aktörer från följande län delta: Gotland, Gävleborg, Stockholm, Uppsala och Östergötland.';
  it('is the area the call is limited to', () => {
    expect(textArea('Utlysning', summary)?.lan).toEqual([
      'gotland',
      'gavleborg',
      'stockholm',
      'uppsala',
      'ostergotland',
    ]);
  });
  it('a body outside it is told so', () => {
    const m = score(testCall({ title: 'Utlysning', summary, language: 'sv' }), kommun);
    expect(m.eligibility.area).toBe('not-eligible');
  });
  it('one län named after "län" is not read as a list', () => {
    expect(textArea('Utlysning', 'Projekt i följande län: Gotland.')).toBeUndefined();
  });
});

describe("a title's region", () => {
  it('limits the call to its län', () => {
    expect(textArea('Regionalt företagsstöd i Stockholmsregionen', 'Stöd till företag.')?.lan).toEqual(['stockholm']);
    expect(textArea('Kulturstöd i Region Kronoberg', 'Stöd till kultur.')?.lan).toEqual(['kronoberg']);
  });
  it('a region as the funder, or a region of the world, is no limit', () => {
    expect(textArea('Region Kronoberg utlyser kulturstöd', 'Stöd till kultur.')).toBeUndefined();
    expect(textArea('Samarbete i Östersjöregionen', 'Stöd till samarbete.')).toBeUndefined();
  });
});

describe('a low priority', () => {
  it('is no refusal, even with a negation in the next clause', () => {
    const j = judge({
      summary:
        'Bidrag kan sökas av föreningar eller organisationer. Statlig och kommunal verksamhet har låg prioritet och bidrag lämnas ej heller till ändamål som normalt skattefinansieras.',
      language: 'sv',
    });
    expect(j.blockers.filter((b) => b.includes('inte kan söka'))).toEqual([]);
  });
  it('a refusal still refuses', () => {
    const j = judge({ summary: 'Bidrag lämnas inte till kommunal verksamhet. Föreningar kan söka.', language: 'sv' });
    expect(j.verdict).toBe('not-eligible');
  });
});

describe('disability and patient organisations', () => {
  it('are civil society', () => {
    const j = judge({
      summary: 'Stöd till samarbete. Behörighet: funktionshindersorganisationer och patientorganisationer i Norden.',
      applicantTypes: ['funktionshindersorganisationer', 'patientorganisationer'],
      language: 'sv',
    });
    expect(j.applicantBlockers).toEqual([
      'Utlysningen vänder sig bara till föreningar och civilsamhällets organisationer.',
    ]);
  });
});

describe('a group already taking part', () => {
  it('is left out, not the kind of body its name has', () => {
    for (const [summary, language] of [
      [
        'Open for cities from EU countries, not already in the Peer Learning and Pilot Cities programme, to share solutions.',
        'en',
      ],
      ['Kommuner som inte redan är med i Nätverket Hållbara Kommuner kan söka stöd för att ansluta sig.', 'sv'],
    ] as const) {
      const j = judge({ summary, language });
      expect(j.applicantBlockers, summary).toEqual([]);
      expect(j.verdict, summary).not.toBe('not-eligible');
    }
  });
  it('a refusal of the kind still refuses', () => {
    const j = judge({ summary: 'Cities are not eligible; only universities may apply.', language: 'en' });
    expect(j.verdict).toBe('not-eligible');
  });
});
