/**
 * Porter folds the verb "integrate" into the noun "integration": the verb takes any object, the noun is the
 * lexicon's concept of integrating newcomers. A call to "integrate results" is no integration call; a call to
 * integrate migrants still is, by "migrants". Sentences written for this test after how funders generally write,
 * none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { wordKey } from '../../../core/text/phrases.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const body = testProfile({
  priorities: [
    { id: 'int', label: { sv: 'int', en: 'int' }, weight: 1, concepts: ['integration-migration'], terms: [] },
  ],
});
const concepts = (summary: string) =>
  score(testCall({ funder: 'Testfonden', title: 'Call 2027', language: 'en', summary }), body).reasons.map(
    (r) => r.conceptId,
  );

describe('the verb integrate is not the integration of newcomers', () => {
  it('integrate ≠ integration; the verb’s own forms still meet', () => {
    expect(wordKey('integrate', 'en')).not.toBe(wordKey('integration', 'en'));
    expect(wordKey('integrates', 'en')).toBe(wordKey('integrating', 'en'));
  });
  it('"integrate results" is no integration call', () => {
    expect(
      concepts('Projects shall further integrate results of earlier projects and disseminate them.'),
    ).not.toContain('integration-migration');
  });
  it('integrating migrants still is', () => {
    expect(concepts('Projects help municipalities integrate migrants and refugees.')).toContain(
      'integration-migration',
    );
  });
});
