/**
 * Industries named as applicants are companies: a list of industries and universities is no list of universities
 * only. A call written for this test from how funders generally write them.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testKommun } from '../../support/test-call.ts';

const kommun = testKommun();

describe('industries named among applicants', () => {
  it('are companies: a list of industries and universities is not for universities only', () => {
    const c = testCall({
      funder: 'Testmyndigheten',
      language: 'sv',
      title: 'Stöd till klimatomställning',
      summary: 'Målgruppen för stödet är industrier med stora utsläpp men även universitet och forskningsinstitut.',
      applicantTypes: ['industrier med stora utsläpp', 'universitet', 'forskningsinstitut'],
    });
    const m = score(c, kommun);
    const text = m.blockers.find((b) => b.kind === 'applicant-type')?.text.sv ?? m.eligibility.applicantText.sv;
    expect(text).not.toContain('bara till universitet');
    expect(text).toContain('företag');
  });
});
