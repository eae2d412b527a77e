/**
 * Wording set 23 showed read wrongly, each as a general rule. Sentences written for this test from how funders
 * generally write:
 * - a sector named as where the work is done ("technologies in energy-intensive industries") names no applicant;
 * - festivals, cinemas and venues in a list of applicants are run by kommuner, associations and companies alike, so a
 *   list naming them beside companies shuts no one out, nor does one naming innovation ecosystems;
 * - a Swedish compound written with a hyphen ("EU-samarbete") is not found in two words of a clause ("EU samarbetar
 *   för att …");
 * - the adjective "konkurrenskraftig" ("konkurrenskraftiga städer och regioner") is no business competitiveness, as
 *   "competitive" is not;
 * - "twinning" alone is town twinning only beside towns, cities or municipalities: Horizon Europe's Twinning pairs
 *   research institutions, and the EU's Twinning instrument public administrations;
 * - "early childhood education and care" and "childcare" are education, not health care (probe 10).
 */
import { describe, expect, it } from 'vitest';
import { sectorOfWorkAt } from '../../../core/match/sector-of-work.ts';
import { judge } from '../../support/applicant-judge.ts';
import { topicsOf } from '../../support/evidence.ts';

const topics = (title: string, summary: string, language: 'sv' | 'en' = 'sv') => topicsOf({ title, summary, language });

const sectorAt = (text: string, word: string) => {
  const at = text.indexOf(word);
  return sectorOfWorkAt(text, at, at + word.length);
};

describe('a sector where the work is done', () => {
  it('names no applicant', () => {
    const j = judge({
      summary:
        'The fund is now open to the maritime and buildings sectors, in addition to technologies in energy-intensive industries.',
      language: 'en',
    });
    expect(j.applicantBlockers).toEqual([]);
    expect(sectorAt('Projekt för ny teknik inom tillverkningsindustrin.', 'tillverkningsindustrin')).toBe(true);
  });
  it('after an actor it is the actor’s sector', () => {
    expect(sectorAt('Actors in industry may apply.', 'industry')).toBe(false);
    expect(sectorAt('Aktörer inom näringslivet kan söka.', 'näringslivet')).toBe(false);
    const j = judge({ summary: 'Only companies in energy-intensive industries may apply.', language: 'en' });
    expect(j.applicantBlockers).toEqual(['Utlysningen vänder sig bara till företag.']);
  });
});

describe('festivals in a list of applicants', () => {
  it('beside companies, shut no one out', () => {
    const j = judge({
      summary: 'Support for the audiovisual sector.',
      applicantTypes: ['independent production companies', 'festivals'],
      language: 'en',
    });
    expect(j.applicantBlockers).toEqual([]);
  });
  it('nor do innovation ecosystems beside business networks (probe 11)', () => {
    const j = judge({
      summary: 'Support for Nordic smart mobility projects.',
      applicantTypes: ['Nordic clusters', 'business networks', 'ecosystems'],
      language: 'en',
    });
    expect(j.applicantBlockers).toEqual([]);
  });
  it('a list of companies alone still does', () => {
    const j = judge({
      summary: 'Support for the audiovisual sector.',
      applicantTypes: ['independent production companies', 'VOD operators'],
      language: 'en',
    });
    expect(j.applicantBlockers).toEqual(['Utlysningen vänder sig bara till företag.']);
  });
});

describe('a compound written with a hyphen', () => {
  it('is not found in two words of a clause', () => {
    expect(topics('EU samarbetar för att utveckla Östersjöregionen', 'Projekt om innovation.')).not.toContain(
      'eu-affairs',
    );
  });
  it('is found as the text writes it', () => {
    expect(topics('Stöd till EU-samarbete i kommunen', 'Projekt om innovation.')).toContain('eu-affairs');
  });
});

describe('"konkurrenskraftig"', () => {
  it('as an adjective is no business competitiveness', () => {
    expect(topics('Utlysning', 'Attraktiva och konkurrenskraftiga städer och regioner.')).not.toContain(
      'business-development',
    );
  });
  it('the noun still is', () => {
    expect(topics('Utlysning', 'Projekt som stärker företagens konkurrenskraft.')).toContain('business-development');
  });
});

describe('"twinning"', () => {
  it('beside towns or cities is town twinning', () => {
    expect(
      topics('Call for projects', 'Twinning between towns and municipalities strengthens the links of citizens.', 'en'),
    ).toContain('town-twinning');
  });
  it('of research institutions or administrations is not', () => {
    for (const summary of [
      'Twinning links research institutions in widening countries with leading research organisations.',
      'Twinning projects bring public administrations of candidate countries together with member states’ agencies.',
    ]) {
      expect(topics('Twinning', summary, 'en'), summary).not.toContain('town-twinning');
    }
  });
});

describe('early childhood education and care', () => {
  it('is education, not health care', () => {
    const t = topics('Nordplus', 'Cooperation in early childhood education and care, and in adult learning.', 'en');
    expect(t).toContain('schools-education');
    expect(t).not.toContain('health-care');
  });
  it('care of the elderly is still care', () => {
    expect(topics('Call', 'Projects that improve elderly care in rural areas.', 'en')).toContain('health-care');
  });
});
