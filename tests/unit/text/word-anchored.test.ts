import { describe, expect, it } from 'vitest';
import { execWordAnchored, wordAnchored } from '../../../core/text/word-anchored.ts';
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

describe('a word-start pattern tried only where its alternatives start', () => {
  it('finds what the pattern itself finds: same place, same groups, or none', () => {
    let matched = 0;
    for (const re of PATTERNS) {
      const p = wordAnchored(re);
      expect(p.lead).toBeDefined();
      for (const t of texts(3000)) {
        const want = re.exec(t);
        const got = execWordAnchored(t, p);
        expect(got?.index, t).toBe(want?.index);
        expect(got ? [...got] : null, t).toEqual(want ? [...want] : null);
        if (want) matched++;
      }
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('runs the whole pattern when an alternative starts with no sure letters', () => {
    const re = /(?:^|[^\p{L}])(?:(?:the )?coordinator|partners?)(?![\p{L}])/u;
    const p = wordAnchored(re);
    expect(p.lead).toBeUndefined();
    expect(execWordAnchored('the coordinator', p)?.index).toBe(0);
    expect(execWordAnchored('no one', p)).toBeNull();
  });

  it('runs the whole pattern when its first group may match nothing', () => {
    const re = /(?:^|[^\p{L}])(?:specific\s+|policy\s+)?objectives?(?![\p{L}])/u;
    const p = wordAnchored(re);
    expect(p.lead).toBeUndefined();
    expect(execWordAnchored('the objectives', p)?.index).toBe(3);
  });

  it('runs the whole pattern when the pattern is itself a choice', () => {
    const p = wordAnchored(/(?:^|[^\p{L}])(?:members?)(?![\p{L}])|\d+ partners/u);
    expect(p.lead).toBeUndefined();
    expect(execWordAnchored('with 3 partners', p)?.index).toBe(5);
  });

  it('leaves out a last letter made optional ("members?" surely starts "member")', () => {
    const p = wordAnchored(/(?:^|[^\p{L}])(?:members?|s*x)(?![\p{L}])/u);
    expect(p.lead).toBeUndefined();
    expect(wordAnchored(/(?:^|[^\p{L}])(?:members?)/u).lead?.source).toBe('member');
  });
});
