/**
 * A call for bodies that take part already ("kommuner och regioner med ett aktivt kommunalt partnerskap",
 * "municipalities with an ongoing project in the programme") says who may apply: a group a body belongs to or not,
 * which the call cannot settle for this one. It is told before any programme data — ICLD's too, whose partnerships
 * are otherwise open to every Swedish kommun (who-wording.ts alreadyInIn). Sentences and entries written for this
 * test.
 */
import { describe, expect, it } from 'vitest';
import { judge, kommun, region } from '../../support/applicant-judge.ts';

describe('only those taking part already', () => {
  const sentences: [string, 'sv' | 'en'][] = [
    ['Det är svenska kommuner och regioner med ett aktivt kommunalt partnerskap som kan söka medlen.', 'sv'],
    ['Municipalities with an ongoing project in the programme may apply for the communication grant.', 'en'],
  ];
  for (const [summary, language] of sentences) {
    it(summary, () => {
      for (const p of [kommun, region]) {
        const j = judge({ summary, language }, p);
        expect(j.verdict).toBe('unknown');
        expect(j.text).toMatch(/^Utlysningen vänder sig bara till dem som redan deltar \(".+"\)/);
        expect(j.blockers).toEqual([]);
      }
    });
  }
  it('an entry of the list of applicants says it too, before ICLD’s programme data', () => {
    const j = judge({
      funder: 'ICLD',
      title: 'Ansökan om medel för kommunikation',
      applicantTypes: ['svenska kommuner och regioner med ett aktivt kommunalt partnerskap'],
      language: 'sv',
    });
    expect(j.verdict).toBe('unknown');
    expect(j.text).toContain('kommuner och regioner med ett aktivt kommunalt partnerskap');
  });
  it('a project the applicants will run is no condition: "kommuner kan söka för ett nytt projekt"', () => {
    const j = judge({ summary: 'Kommuner kan söka stöd för ett nytt projekt med flera partner.', language: 'sv' });
    expect(j.verdict).toBe('eligible');
  });
});
