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

describe('the activity of a programme whose projects are all of one kind', () => {
  // A paragraph long, and a title that names a topic: a short text or a title naming none would get its programme's
  // priorities anyway (programme-fallback.ts).
  const long =
    'Svenska kommuner och regioner kan söka stöd för samarbete med en motsvarande organisation i ett av ' +
    'samarbetsländerna. Projekten ska stärka invånarnas delaktighet och förvaltningens öppenhet. Projekten pågår ' +
    'i upp till tre år, och stödet täcker resor, arbetstid och lokala aktiviteter. Ansökan görs i två steg, med ' +
    'en projektidé först och en fullständig ansökan därefter. Båda parter ska ha politisk förankring för arbetet. ' +
    'Handläggarna svarar på frågor om ansökan per telefon och e-post under hela ansökningsperioden, och ett ' +
    'webbinarium för nya sökande hålls i början av perioden.';
  const profile = testProfile({ priorities: [partnerships] });
  const boost = (call: ReturnType<typeof testCall>) =>
    score(call, profile).boosts.find((b) => b.kind === 'programme-priorities');

  it('is read from programme data where the call names it only as the programme', () => {
    const found = boost(icld('Kommunala partnerskap 2027 för lokal demokrati', long));
    expect(found?.from).toBe('programme-data');
    expect(found?.points).toBeGreaterThan(0);
    expect(found?.text.sv).toContain('Vänorter och kommunala partnerskap');
    // Every point shown still adds up to the score, the boost's too.
    const m = score(icld('Kommunala partnerskap 2027 för lokal demokrati', long), profile);
    const shown =
      m.reasons.reduce((s, r) => s + r.points, 0) +
      m.boosts.reduce((s, b) => s + b.points, 0) +
      m.blockers.reduce((s, b) => s + b.points, 0) +
      m.eligibility.points;
    expect(Math.abs(shown - m.score)).toBeLessThanOrEqual(1);
  });
  it('adds nothing where the call says it in its own words', () => {
    const said = icld('Höstens omgång för lokal demokrati', `${long} Nu kan ni ansöka om ett kommunalt partnerskap.`);
    expect(boost(said)).toBeUndefined();
    expect(score(said, profile).reasons.some((r) => r.conceptId === 'town-twinning')).toBe(true);
  });
  it('nor for another programme of the same funder', () => {
    const research = testCall({
      funder: 'ICLD',
      programme: 'ICLD forskningsmedel',
      title: 'Forskning om lokal demokrati',
      summary: long,
    });
    expect(boost(research)).toBeUndefined();
  });
});
