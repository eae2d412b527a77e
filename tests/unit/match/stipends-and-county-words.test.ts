/**
 * Readings the fact-checkers' notes on the released probes showed wrong, as general rules, with sentences written
 * for this test:
 * - a stipend is a person's: a list of persons in a stipend call stays one, whatever it adds ("Även unga
 *   arrangörer kan söka");
 * - "tax-exempt, nonprofit organizations" are civil society's;
 * - "länet" is regional development only beside words of growth or the region's development, not as where
 *   applicants live or whose health a grant serves.
 */
import { describe, expect, it } from 'vitest';
import { judge } from '../../support/applicant-judge.ts';
import { topicsOf } from '../../support/evidence.ts';

describe('a stipend', () => {
  const stipend = (title: string) =>
    judge({
      title,
      summary:
        'Kulturskapare som verkar i länet kan söka. Stipendiet kan delas ut till person eller grupp. Även unga ' +
        'arrangörer kan söka.',
      applicantTypes: ['kulturskapare', 'grupper'],
      language: 'sv',
    });
  it('is a person’s: a kommun cannot apply', () => {
    expect(stipend('Sök arbetsstipendium för konstnärer').verdict).toBe('not-eligible');
  });
  it('while the same words in a project grant leave room for others', () => {
    expect(stipend('Sök projektbidrag för konst').verdict).not.toBe('not-eligible');
  });
  it('and so do stipends named beside grants ("Stipendier och bidrag")', () => {
    expect(stipend('Stipendier och bidrag för kulturen').verdict).not.toBe('not-eligible');
  });
});

describe('tax-exempt, nonprofit organizations', () => {
  it('are civil society’s', () => {
    const v = judge({
      summary: 'Eligible, tax-exempt, nonprofit organizations should address one of the focus areas.',
      applicantTypes: ['tax-exempt, nonprofit organizations'],
    });
    expect(v.verdict).toBe('not-eligible');
    expect(v.text).toMatch(/föreningar och civilsamhällets organisationer/);
  });
});

describe('"länet"', () => {
  const regional = (summary: string) =>
    topicsOf({ title: 'Bidrag', summary, language: 'sv' }).includes('regional-development');
  it('is no regional development where it says where applicants live', () => {
    expect(regional('Sökande ska bo eller verka i länet.')).toBe(false);
    expect(regional('Bidraget ska bidra till utvecklingen av folkhälsan i länet.')).toBe(false);
  });
  it('while growth or attractiveness in the län is', () => {
    expect(regional('Projekten ska stärka tillväxten och attraktiviteten i länet.')).toBe(true);
  });
});
