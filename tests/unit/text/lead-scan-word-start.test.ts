import { describe, expect, it } from 'vitest';
import { allLeadMatches, firstLeadMatch, leadScan } from '../../../core/text/lead-scan.ts';
import { joinedTexts } from '../../support/random-texts.ts';

const PATTERNS = [
  /(?:^|[^\p{L}])(?:other|andra|ovriga|further)\s+(?:[\p{L}-]+\s+){0,3}(?:organi[sz]ations?|bodies)(?![\p{L}])/u,
  /(?:^|[^\p{L}])(?:organi[sz]ations?|aktorer|members?|offentlig\p{L}*)(?![\p{L}])/u,
  /(?:^|[^\p{L}])(alla[\s,/-]+organisationer|any[\s,/-]+organi[sz]ations?|legal[\s,/-]+entit(?:y|ies))(?![\p{L}])/u,
];

/** Texts built from the patterns' own words, letters, spaces and punctuation, so matches are frequent. */
function texts(n: number): string[] {
  const parts = [
    'other',
    'andra',
    'organisations',
    'organization',
    'bodies',
    'aktorer',
    'member',
    'members',
    'offentliga',
    'alla',
    'any',
    'legal',
    'entity',
    'entities',
    'x',
    'é',
    '𝐀',
    '',
  ];
  const gaps = [' ', '  ', ', ', '-', '.', 'a', '/', '\n', ''];
  return joinedTexts(n, parts, gaps, 9, 7);
}

describe('a word-start pattern tried only one character before where its words start', () => {
  it('finds what the pattern itself finds: same place, same groups, or none; and all of them as matchAll does', () => {
    let matched = 0;
    for (const re of PATTERNS) {
      const p = leadScan(re);
      expect(p.lead).toBeDefined();
      expect(p.before).toBe(1);
      const global = new RegExp(re.source, `${re.flags}g`);
      const pg = leadScan(global);
      for (const t of texts(3000)) {
        const want = re.exec(t);
        const got = firstLeadMatch(t, p);
        expect(got?.index, t).toBe(want?.index);
        expect(got ? [...got] : null, t).toEqual(want ? [...want] : null);
        expect(
          allLeadMatches(t, pg).map((m) => `${m.index}:${[...m].join('|')}`),
          t,
        ).toEqual([...t.matchAll(global)].map((m) => `${m.index}:${[...m].join('|')}`));
        if (want) matched++;
      }
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('reads leads past an optional first group, each branch still tried one character early', () => {
    const re = /(?:^|[^\p{L}])(?:(?:the )?coordinator|partners?)(?![\p{L}])/u;
    const p = leadScan(re);
    expect(p.lead).toBeDefined();
    expect(firstLeadMatch('the coordinator', p)?.index).toBe(0);
    expect(firstLeadMatch('a coordinator', p)?.index).toBe(1);
    expect(firstLeadMatch('no one', p)).toBeNull();
    const q = leadScan(/(?:^|[^\p{L}])(?:specific\s+|policy\s+)?objectives?(?![\p{L}])/u);
    expect(firstLeadMatch('the objectives', q)?.index).toBe(3);
    expect(firstLeadMatch('subobjectives', q)).toBeNull();
  });

  it('runs the whole pattern when the pattern is itself a choice', () => {
    const p = leadScan(/(?:^|[^\p{L}])(?:members?)(?![\p{L}])|\d+ partners/u);
    expect(p.lead).toBeUndefined();
    expect(firstLeadMatch('with 3 partners', p)?.index).toBe(5);
  });

  it('leaves out a last letter made optional ("members?" surely starts "member")', () => {
    expect(leadScan(/(?:^|[^\p{L}])(?:members?|s*x)(?![\p{L}])/u).lead).toBeUndefined();
    expect(leadScan(/(?:^|[^\p{L}])(?:members?)/u).lead?.source).toBe('member');
  });
});
