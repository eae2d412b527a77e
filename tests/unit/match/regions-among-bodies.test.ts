/**
 * "Regions" in a list of bodies ("cities, regions or communities", "kommuner, regioner och andra offentliga
 * aktörer", "local and regional authorities") names regional authorities among those who may apply, also in prose
 * without a who-may-apply cue and after a place's adjective ("cities, Arctic regions and communities"); a region
 * in the geographic sense ("the Nordic-Baltic region", "the Arctic region", "Östersjöregionen", "cities in the
 * Arctic regions") names no applicant. Both readings hold together. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { FundingCall } from '../../../core/model/call.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { judge as judgeFor, kommun, region } from '../../support/applicant-judge.ts';

const judge = (over: Partial<FundingCall>, p: Profile = region) => judgeFor(over, p);

describe('regions in a list of bodies are applicants', () => {
  const cases: [string, Partial<FundingCall>][] = [
    ['who-may-apply sentence', { summary: 'The call is open to cities, regions or communities in Europe.' }],
    ['prose without a cue', { summary: 'The Mission invites cities, regions and communities to test solutions.' }],
    ['title', { title: 'Call for European cities, regions and communities', summary: 'Support for adaptation.' }],
    ['a place adjective', { summary: 'Open to cities, Arctic regions and local communities.' }],
    ['EU regions after cities', { summary: 'The action supports cities, EU regions and local communities.' }],
    [
      'beside a geographic region',
      {
        summary: 'Cities, regions or communities in the Nordic-Baltic region may apply.',
      },
    ],
    [
      'Swedish',
      {
        language: 'sv',
        summary: 'Utlysningen vänder sig till kommuner, regioner och andra offentliga aktörer i Östersjöregionen.',
      },
    ],
    ['Swedish prose', { language: 'sv', summary: 'Satsningen samlar kommuner, regioner och företag kring klimatet.' }],
    ['local and regional authorities', { summary: 'Local and regional authorities may apply.' }],
    ['list', { applicantTypes: ['Cities', 'Regions', 'Communities'] }],
  ];
  for (const [kind, call] of cases) {
    it(`${kind}: a region is named, a kommun too`, () => {
      const r = judge(call);
      expect(r.verdict).toBe('eligible');
      expect(r.applicantBlockers).toEqual([]);
      expect(r.text).not.toMatch(/inte till regioner/);
      expect(judge(call, kommun).verdict).toBe('eligible');
    });
  }
});

describe('a region in the geographic sense is no applicant', () => {
  const places: [string, 'sv' | 'en'][] = [
    ['Municipalities in the Nordic-Baltic region may apply.', 'en'],
    ['Cities in the Arctic regions can apply for support.', 'en'],
    ['In the Arctic regions, cities and communities may apply.', 'en'],
    ['Kommuner i Östersjöregionen kan söka.', 'sv'],
    ['The call is open to municipalities across the Baltic Sea region.', 'en'],
  ];
  for (const [summary, language] of places) {
    it(`"${summary}" names kommuner, not regions`, () => {
      expect(judge({ summary, language }, kommun).verdict).toBe('eligible');
      expect(judge({ summary, language }).text).not.toMatch(/nämner regioner|vänder sig till regioner/);
    });
  }
});
