/**
 * A slash joins alternatives: each side is a kind of applicant. "Local/regional authorities" names kommuner and
 * regioner, also where the entry says they are a programme's members ("ICC Programme members (local/regional
 * authorities)": the members apply); "organisations whose members are local/regional authorities" names them only
 * as members. "Alla svenska företag/organisationer": a word saying which country the organisations are of names no
 * kind, so every organisation may apply. Sentences and list entries written for this test.
 */
import { describe, expect, it } from 'vitest';
import { judge, judgeText, kommun, region } from '../../support/applicant-judge.ts';

describe('levels joined by a slash, in an entry naming members', () => {
  const entries = [
    'Network members (local/regional authorities)',
    'Programme members (local/regional authorities)',
    'Medlemmar i nätverket (lokala/regionala myndigheter)',
  ];
  for (const entry of entries) {
    it(`"${entry}" names kommuner and regioner`, () => {
      for (const p of [kommun, region]) {
        const j = judge({ applicantTypes: [entry], language: entry.startsWith('Medlem') ? 'sv' : 'en' }, p);
        expect(j.verdict).toBe('eligible');
        expect(j.blockers).toEqual([]);
      }
    });
  }
  it('"organisations whose members are local/regional authorities" names them only as members', () => {
    for (const p of [kommun, region]) {
      const j = judge({ applicantTypes: ['Organisations whose members are local/regional authorities'] }, p);
      expect(j.verdict).toBe('unknown');
      expect(j.blockers).toEqual([]);
      expect(j.text).toMatch(/bara som medlemmar/);
    }
  });
});

describe('a country word before a list of organisations', () => {
  const open: [string, 'sv' | 'en'][] = [
    ['Alla svenska företag/organisationer får söka.', 'sv'],
    ['Alla svenska företag och organisationer kan söka stöd.', 'sv'],
    ['All Swedish companies and organisations may apply.', 'en'],
  ];
  for (const [summary, language] of open) {
    it(`"${summary}" admits every organisation`, () => {
      for (const p of [kommun, region]) {
        const j = judgeText(summary, language, p);
        expect(j.verdict).toBe('eligible');
        expect(j.blockers).toEqual([]);
      }
    });
  }
  const closed: [string, 'sv' | 'en', RegExp][] = [
    ['Alla svenska företag får söka.', 'sv', /bara till företag/],
    ['Alla svenska ideella organisationer får söka.', 'sv', /bara till föreningar/],
  ];
  for (const [summary, language, blocker] of closed) {
    it(`"${summary}" still names one kind`, () => {
      const j = judgeText(summary, language, kommun);
      expect(j.verdict).toBe('not-eligible');
      expect(j.text).toMatch(blocker);
    });
  }
});
