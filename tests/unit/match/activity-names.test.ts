/**
 * A programme named after its activity (programmes.json `activity`: ICLD's "Kommunala partnerskap") is context
 * where the words name the programme, and the activity where a call uses them as ordinary words
 * (core/match/activity-names.ts). Sentences and profiles of our own.
 */
import { describe, expect, it } from 'vitest';
import { activityNames, ordinaryUse } from '../../../core/match/activity-names.ts';
import { score } from '../../../core/match/index.ts';
import type { Priority } from '../../../core/model/profile.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const partnerships: Priority = {
  id: 'partnerskap',
  label: { sv: 'Kommunala partnerskap och vänorter', en: 'Municipal partnerships and twin towns' },
  weight: 1,
  concepts: ['town-twinning'],
  terms: [],
};
const icld = (title: string, summary: string) =>
  testCall({ funder: 'ICLD', programme: 'Kommunala partnerskap', title, summary, language: 'sv' });
const twinning = (title: string, summary: string) =>
  score(icld(title, summary), testProfile({ priorities: [partnerships] })).reasons.filter(
    (r) => r.conceptId === 'town-twinning',
  );

describe('a programme named after its activity', () => {
  it('reads only aliases that are terms of the activity concept', () => {
    const names = [...activityNames().keys()];
    expect(names).toContain('kommunalt partnerskap');
    // "icld:s kommunala partnerskap" names the funder with it: always the programme's name.
    expect(names).not.toContain('icld:s kommunala partnerskap');
  });
  it('in ordinary words it is what the call funds', () => {
    const found = twinning(
      'Höstens ansökningsomgång',
      'Nu kan svenska kommuner och regioner ansöka om ett kommunalt partnerskap med en kommun i Tanzania.',
    );
    expect(found.length).toBe(1);
    expect(found[0].evidence.map((e) => e.term.toLowerCase())).toContain('kommunalt partnerskap');
  });
  it('in lower case in the title, too', () => {
    expect(twinning('Sök medel för kommunala partnerskap', 'Ansökan stänger i oktober.').length).toBe(1);
  });
  it('as the programme’s name it is context', () => {
    expect(twinning('Ansök om Kommunala Partnerskap', 'Ansökan stänger i oktober.')).toEqual([]);
    expect(twinning('Höstens omgång', 'Ansökan görs inom programmet kommunalt partnerskap i oktober.')).toEqual([]);
    expect(twinning('Höstens omgång', 'ICLD:s kommunala partnerskap tar emot ansökningar i oktober.')).toEqual([]);
    // The programme field always names the programme.
    expect(twinning('Höstens omgång', 'Ansökan stänger i oktober.')).toEqual([]);
  });
  it('tells ordinary words from a name by case, article and the word "program"', () => {
    const at = (text: string, words: string) => ordinaryUse(text, text.toLowerCase(), text.indexOf(words));
    expect(at('Sök ett Kommunalt partnerskap nu', 'Kommunalt')).toBe(true);
    expect(at('Medel för kommunala partnerskap finns', 'kommunala')).toBe(true);
    expect(at('Kommunala partnerskap är ett program', 'Kommunala')).toBe(false);
    expect(at('Inom programmet kommunalt partnerskap', 'kommunalt')).toBe(false);
    expect(at('Apply for a Municipal Partnership', 'Municipal')).toBe(true);
  });
  it('other names stay context whatever their case', () => {
    const m = score(
      testCall({ title: 'Projektstöd', summary: 'Projektet finansieras av socialfonden och pågår i två år.' }),
      testProfile({
        priorities: [
          { id: 'arbete', label: { sv: 'Arbete', en: 'Work' }, weight: 1, concepts: ['employment-labour'], terms: [] },
        ],
      }),
    );
    expect(m.reasons).toEqual([]);
  });
});
