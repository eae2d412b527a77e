/**
 * "Public or private enterprises" are companies, public ones among them: a publicly owned company is a company, not a
 * public authority. Named in a list of applicants beside researchers, they name no kommun or region; "public bodies"
 * beside "private companies" still do. Entries and sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { judge, kommun, region } from '../../support/applicant-judge.ts';

describe('public or private companies', () => {
  const companies: [string, 'sv' | 'en'][] = [
    ['public or private enterprises', 'en'],
    ['private and public companies', 'en'],
    ['offentliga eller privata företag', 'sv'],
  ];
  for (const [entry, language] of companies) {
    it(`"${entry}" beside researchers names no kommun or region`, () => {
      for (const p of [kommun, region]) {
        const j = judge({ applicantTypes: ['universities', entry], language }, p);
        expect(j.verdict).not.toBe('eligible');
        expect(j.text).not.toMatch(/offentliga aktörer/);
      }
    });
  }

  it('"public bodies" beside "private companies" still names public bodies', () => {
    for (const p of [kommun, region]) {
      const j = judge({ applicantTypes: ['public bodies', 'private companies'] }, p);
      expect(j.verdict).toBe('eligible');
    }
  });
});
