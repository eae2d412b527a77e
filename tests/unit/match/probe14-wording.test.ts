/**
 * Readings probe 14's fresh pages showed wrong, each as a general rule. Sentences written for this test from how
 * funders generally write, none copied from a probed page:
 * - a list naming "offentliga aktörer" and "icke-offentliga aktörer" admits both: the "icke-" entry is a kind;
 * - "lärosäten som är erkända av nationella myndigheter": the authorities recognise, they do not apply;
 * - "ideell förening på folkhögskola": the school is where the association is, not an applicant;
 * - "social delaktighet" is social inclusion, not citizens' participation;
 * - a programme's name written with "&" for "and" is still its name, no topic.
 */
import { describe, expect, it } from 'vitest';
import { judge } from '../../support/applicant-judge.ts';
import { evidenceTerms } from '../../support/evidence.ts';

describe('"icke-" beside the kind it negates', () => {
  it('a list of public and non-public actors admits public ones', () => {
    const j = judge({
      summary: 'Bidrag ges till projekt om mänskliga rättigheter.',
      applicantTypes: ['offentliga aktörer', 'icke-offentliga aktörer'],
      language: 'sv',
    });
    expect(j.verdict).toBe('eligible');
    expect(j.blockers).toEqual([]);
  });
  it('"icke-kommunala organisationer" alone still shuts kommuner out', () => {
    const j = judge({ summary: 'Stöd.', applicantTypes: ['icke-kommunala organisationer'], language: 'sv' });
    expect(j.verdict).toBe('not-eligible');
  });
});

describe('bodies in another role than applying', () => {
  it('the authorities that recognise the applicants', () => {
    const j = judge({
      summary: 'Stöd till nätverk inom högre utbildning.',
      applicantTypes: ['lärosäten inom högre utbildning, som är erkända av nationella myndigheter'],
      language: 'sv',
    });
    expect(j.text).not.toMatch(/nämner kommuner/);
  });
  it('a school where an association is', () => {
    const j = judge({
      summary: 'Stöd till fritidsaktiviteter.',
      applicantTypes: ['ideella föreningar', 'ideell förening på folkhögskola som drivs av eleverna själva'],
      language: 'sv',
    });
    expect(j.text).not.toMatch(/skolor/);
    expect(j.verdict).toBe('not-eligible');
  });
});

describe('"social delaktighet"', () => {
  it('is social inclusion, not participation and dialogue', () => {
    const call = { summary: 'Fonden stöder social delaktighet för nyanlända.', language: 'sv' as const };
    expect(evidenceTerms(call, 'participation-democracy')).toEqual([]);
    expect(evidenceTerms(call, 'social-inclusion')).not.toEqual([]);
  });
});

describe('a programme name with "&"', () => {
  it('is the name, not a topic', () => {
    const name = {
      programme: 'Programme for the Environment & Climate Action',
      summary: 'Text.',
      language: 'en' as const,
    };
    expect(evidenceTerms(name, 'climate-mitigation')).toEqual([]);
    expect(
      evidenceTerms({ summary: 'The call funds climate action in cities.', language: 'en' }, 'climate-mitigation'),
    ).not.toEqual([]);
  });
});
