/**
 * A call open for all but one of its programme's priorities ("six out of seven specific objectives") is scored
 * against the programme's priorities as an all-priorities call is, and the priority it names as closed ("stayed
 * closed for…", "stängt för…") is not opened: none of its concepts is read. Sentences written for this test after
 * how programmes write, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

/** A body with the programme priorities' concepts as its own, in the South Baltic area. */
const withPriorities = (...priorities: [string, string[]][]): Profile =>
  testProfile({ lan: 'blekinge', priorities: priorities.map(([id, concepts]) => testPriority(id, concepts)) });
const body = () => withPriorities(['turism', ['tourism']], ['kompetens', ['skills-supply', 'employment-labour']]);
const concepts = (m: ReturnType<typeof score>) => m.reasons.map((r) => r.conceptId);
const call = (summary: string, language: 'sv' | 'en' = 'en') =>
  testCall({
    funder: 'Interreg South Baltic',
    programme: 'Interreg South Baltic 2021–2027',
    title: 'Call for proposals',
    language,
    summary,
  });

describe('all but one priority open', () => {
  it.each([
    ['en', 'The call is open for six out of seven specific objectives.'],
    ['en', 'Applications are welcome in three of the four priorities.'],
    ['sv', 'Utlysningen är öppen för tre av fyra insatsområden.'],
  ] as const)('is an open call: %s "%s"', (language, summary) => {
    expect(concepts(score(call(summary, language), body()))).toContain('tourism');
  });

  it('two of seven is no open call', () => {
    expect(concepts(score(call('The call is open for two out of seven specific objectives.'), body()))).not.toContain(
      'tourism',
    );
  });

  it('the priority said to stay closed is not read, whole', () => {
    // The programme's priority "Attractive South Baltic" carries tourism and culture (programme data).
    const withCulture = withPriorities(['kultur', ['culture-heritage']], ['innovation', ['research-innovation']]);
    for (const summary of [
      'The call is open for three out of four priorities (due to lack of allocation it stayed closed for sustainable tourism).',
      'The call is open for three out of four priorities. Sustainable tourism stayed closed.',
    ]) {
      const m = score(call(summary), withCulture);
      expect(concepts(m)).toContain('research-innovation');
      expect(concepts(m)).not.toContain('culture-heritage');
    }
  });

  it('"stängt för" negates what follows it', () => {
    const m = score(call('Insatsområde 3 är stängt för turism i den här omgången.', 'sv'), body());
    expect(concepts(m)).not.toContain('tourism');
  });
});

describe('a call preparing the programme’s projects', () => {
  it.each([
    ['en', 'Seed money call', 'Seed money supports the preparation of projects for the programme’s regular calls.'],
    ['sv', 'Utlysning av såddkapital', 'Såddkapital ger stöd till att förbereda projekt inom programmet.'],
    ['sv', 'Stöd för förstudier', 'Förstudierna ska leda till genomförandeprojekt inom programmet.'],
  ] as const)('is about the programme’s priorities: %s "%s"', (language, title, summary) => {
    expect(
      concepts(
        score(
          testCall({
            funder: 'Interreg South Baltic',
            programme: 'Interreg South Baltic 2021–2027',
            title,
            language,
            summary,
          }),
          body(),
        ),
      ),
    ).toContain('tourism');
  });
  it('a preparation call naming its own priorities, or a strategy its projects serve, is not', () => {
    for (const summary of [
      'Seed money for preparatory projects under Priority 1 and Priority 2 of the programme.',
      'Seed money supports the preparation of projects in line with the Action Plan of the EUSBSR.',
    ]) {
      const c = testCall({
        funder: 'Interreg South Baltic',
        programme: 'Interreg South Baltic 2021–2027',
        title: 'Seed money call',
        summary,
      });
      expect(concepts(score(c, body()))).not.toContain('tourism');
    }
  });

  it('a call naming pre-studies only in its summary is not', () => {
    const c = testCall({
      funder: 'Interreg South Baltic',
      programme: 'Interreg South Baltic 2021–2027',
      title: 'Call for proposals on water management',
      summary: 'Projects on water management, including pre-studies, are welcome.',
    });
    expect(concepts(score(c, body()))).not.toContain('tourism');
  });
});
