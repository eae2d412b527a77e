/**
 * Who may apply, as a call names sectors of society rather than kinds of body, and where a negation ends. Sentences
 * written for this test:
 * - "myndighetsväsende" (the public authorities as a sector) names public bodies; "näringsliv" companies and
 *   "civilsamhälle" civil society, so a list of sectors is not read as academia only;
 * - "public" in a field's name ("active in the public health area", "public transport") is no public body;
 * - an exclusion ends where the sentence's subject gets a new predicate ("…, excluding conurbations, and is
 *   understood as a unit governed by a city council"): the council after it is not shut out;
 * - "migration management" (border control) and "system integration" are other senses of migration and integration;
 * - "accessibility" counts as social inclusion only beside a word of who is included ("persons with disabilities"):
 *   "accessibility to the regions" by transport is not.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const kommun = testProfile({ priorities: [testPriority('demokrati', ['participation-democracy'])] });

describe('sectors named as applicants', () => {
  it('aktörer från akademi, myndighetsväsende, näringsliv och civilsamhälle include public bodies', () => {
    const m = score(
      testCall({
        language: 'sv',
        funder: 'Svenska institutet',
        title: 'Utlysning för samarbeten med partner i grannlandet',
        summary:
          'Svenska aktörer från akademi, myndighetsväsende, näringsliv, kultur och civilsamhälle kan söka finansiering för samarbeten.',
      }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.blockers.filter((b) => b.kind === 'applicant-type')).toEqual([]);
  });

  it('a list of academia, business and civil society is not academia only', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Utlysning för samarbeten',
        applicantTypes: ['aktörer från akademi, näringsliv och civilsamhälle'],
      }),
      kommun,
    );
    expect(m.eligibility.applicantText.sv).not.toMatch(/bara till universitet/);
  });
});

describe('"public" in the name of a field', () => {
  const ngoCall = (last: string) =>
    testCall({
      title: 'Operating grants to non-governmental organisations',
      applicantTypes: ['NGOs / Nonprofit Organisations', 'Private Sector', last],
    });

  it('"Other (active in the public health area)" admits no public body', () => {
    expect(score(ngoCall('Other (Active in the public health area)'), kommun).eligibility.applicant).toBe(
      'not-eligible',
    );
  });

  it('"Public bodies" in the same list still does', () => {
    expect(score(ngoCall('Public bodies'), kommun).eligibility.applicant).toBe('eligible');
  });
});

describe('where an exclusion ends', () => {
  const cityCall = (definition: string) =>
    testCall({
      title: 'Award for innovative cities',
      summary: `All cities in the EU Member States may apply. A city is understood to be an urban area, ${definition}.`,
    });

  it('"excluding conurbations, and is understood as a unit governed by a city council" shuts no kommun out', () => {
    const m = score(cityCall('excluding conurbations, and is understood as a unit governed by a city council'), kommun);
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.blockers.filter((b) => b.kind === 'applicant-type')).toEqual([]);
  });

  it('"all organisations may apply, excluding municipalities" still excludes them', () => {
    const m = score(
      testCall({ title: 'Grants for associations', summary: 'All organisations may apply, excluding municipalities.' }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
});

describe('other senses of migration and integration', () => {
  const migration = testProfile({ priorities: [testPriority('integration', ['integration-migration'])] });
  const topPoints = (summary: string) =>
    score(testCall({ title: 'Cross-border cooperation call', summary }), migration).reasons.filter(
      (r) => r.conceptId === 'integration-migration' && r.points > 0,
    ).length;

  it('"migration management" at a border is not the integration of migrants', () => {
    expect(topPoints('Projects on border management and border security, mobility and migration management.')).toBe(0);
  });

  it('"system integration" of an energy grid is not integration', () => {
    expect(topPoints('Projects on energy system integration and storage.')).toBe(0);
  });

  it('the integration of migrants still is', () => {
    expect(topPoints('Projects on the integration of migrants and refugees in local communities.')).toBe(1);
  });
});

describe('accessibility', () => {
  const inclusion = testProfile({ priorities: [testPriority('inkludering', ['social-inclusion'])] });
  const matched = (summary: string) =>
    score(testCall({ title: 'Cross-border cooperation call', summary }), inclusion).reasons.some(
      (r) => r.conceptId === 'social-inclusion' && r.points > 0,
    );

  it('"accessibility to the regions" by transport is not social inclusion', () => {
    expect(matched('Improvement of accessibility to the regions and of sustainable transport networks.')).toBe(false);
  });

  it('"accessibility for persons with disabilities" is', () => {
    expect(matched('Improvement of accessibility for persons with disabilities in public buildings.')).toBe(true);
  });
});
