/**
 * Calls that name their applicants by example, not as a closed list (readings from the fact-checkers' notes on the
 * released sets, written here in sentences of this test's own):
 * - a call that addresses the reader and their organisations ("Har du, din förening eller ditt företag en idé?");
 * - kommuner named as the place ("i någon av kommunerna A, B eller C") are no applicants;
 * - "other organisations that have strong interests in school education" are of that field, not of any kind.
 */
import { describe, expect, it } from 'vitest';
import { judge, region } from '../../support/applicant-judge.ts';

describe('a call that addresses its reader and their organisations', () => {
  const call = (summary: string) => ({ summary, applicantTypes: ['föreningar', 'företag'], language: 'sv' as const });
  it('shuts no kommun out', () => {
    const v = judge(call('Har du, din förening eller ditt företag en projektidé för bygden? Då kan du söka stöd.'));
    expect(v.applicantBlockers).toEqual([]);
  });
  it('while the same list without the address does', () => {
    const v = judge(call('Föreningar och företag kan söka stöd för projekt i bygden.'));
    expect(v.applicantBlockers.length).toBeGreaterThan(0);
  });
  it('in English too', () => {
    const v = judge({
      summary: 'Do you, your organisation or your company have an idea for the village? Then apply for support.',
      applicantTypes: ['associations', 'companies'],
      language: 'en',
    });
    expect(v.applicantBlockers).toEqual([]);
  });
});

describe('kommuner named as the place', () => {
  it('are no applicants', () => {
    const v = judge({
      summary: 'Bor du eller verkar du i någon av kommunerna Nässjö, Eksjö eller Vimmerby kan du söka projektmedel.',
      language: 'sv',
    });
    expect(v.text).not.toMatch(/nämner kommuner/);
  });
  it('nor are those an area is made of', () => {
    const v = judge({
      summary: 'Leaderområdet består av kommunerna Boden, Kalix och Luleå. Sök stöd för din projektidé.',
      language: 'sv',
    });
    expect(v.text).not.toMatch(/nämner kommuner/);
  });
});

describe('other organisations qualified by their interest', () => {
  const over = (entry: string) => ({
    summary: `Who may apply? Schools and ${entry}.`,
    applicantTypes: ['schools', entry],
    language: 'en' as const,
  });
  it('are of that field: the list does not end open to any kind', () => {
    const v = judge(over('other organisations that have strong interests in the area of school education'), region);
    expect(v.verdict).not.toBe('eligible');
    expect(v.text).not.toMatch(/avslutar med/);
  });
  it('while other organisations without the clause admit any kind', () => {
    const v = judge(over('other organisations'), region);
    expect(v.verdict).toBe('eligible');
  });
});
