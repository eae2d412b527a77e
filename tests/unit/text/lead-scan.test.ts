import { describe, expect, it } from 'vitest';
import { allLeadMatches, firstLeadMatch, leadScan, leadsOf } from '../../../core/text/lead-scan.ts';
import { joinedTexts } from '../../support/random-texts.ts';

/** Patterns shaped like the engine's cue lists: classes, optional groups, lookarounds, \p{L}, lazy repeats. */
const PATTERNS = [
  /(kan s[oö]ka|f[aå]r ans[oö]ka|v[aä]nder sig (till|fr[aä]mst till)|may apply|(is|are) addressed (primarily |mainly )?to|(applicants?|partners?) (must|may) be)/g,
  /(?:partners?|parter|projektpart\p{L}*)\s+(?:can|kan)\s+(?:also\s+)?(?:include|vara)|(?:the )?coordinator (?:must|can) be|together with/gu,
  /\b(?:all|alla)\s+(?:of\s+the\s+)?(?:priorities|insatsområden)\b/g,
  /(?<![\p{L}])(?:open|öppen|öppna)(?![\p{L}])/u,
  /ovre[\s-]+norrland|upper[\s-]+norrland|sm[aå]land[\s-]+och[\s-]+oarna|erdf[\s-]+stockholm/,
  /a+b|xy{0,2}z|(?:foo)*bar/g,
];

/** Word-start patterns, as the wording checks write them. */
const WORD_START_PATTERNS = [
  /(?:^|[^\p{L}])(?:other|andra|ovriga|further)\s+(?:[\p{L}-]+\s+){0,3}(?:organi[sz]ations?|bodies)(?![\p{L}])/u,
  /(?:^|[^\p{L}])(alla[\s,/-]+organisationer|any[\s,/-]+organi[sz]ations?|legal[\s,/-]+entit(?:y|ies))(?![\p{L}])/u,
  /(?:^|[^\p{L}])(?:organi[sz]ations?|aktorer|members?|offentlig\p{L}*)(?![\p{L}])/gu,
];

function wordStartTexts(n: number): string[] {
  const parts = ['other', 'andra', 'organisations', 'bodies', 'aktorer', 'members', 'offentliga', 'alla', 'any'];
  return joinedTexts(n, [...parts, 'legal', 'entities', 'x', 'é', '𝐀', ''], [' ', ', ', '-', '.', 'a', '\n', ''], 9, 5);
}

function texts(n: number): string[] {
  const parts = [
    'kan söka',
    'kan soka',
    'får ansöka',
    'vänder sig till',
    'vander sig främst till',
    'may apply',
    'is addressed mainly to',
    'are addressed to',
    'applicants must be',
    'partner may be',
    'partners can also include',
    'projektparterna kan vara',
    'the coordinator must be',
    'coordinator can be',
    'together with',
    'all of the priorities',
    'alla insatsområden',
    'overall priorities',
    'open',
    'reopen',
    'öppna',
    'övre norrland',
    'ovre-norrland',
    'småland och öarna',
    'erdf  stockholm',
    'aab',
    'xz',
    'xyyz',
    'foofoobar',
    'bar',
  ];
  const gaps = [' ', '. ', ', ', '', '-', 'x', '\n'];
  return joinedTexts(n, parts, gaps, 7, 3);
}

/** The pattern's first match in t, from the start whatever its flags. */
function first(re: RegExp, t: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const m = re.exec(t);
  re.lastIndex = 0;
  return m;
}

const show = (m: RegExpExecArray | null) => (m ? `${m.index}:${[...m].join('|')}` : 'none');

describe('a cue pattern tried only where one of its leads starts', () => {
  it('finds every match the pattern finds, in order, with the same groups', () => {
    let matched = 0;
    for (const re of PATTERNS) {
      const p = leadScan(re);
      expect(p.lead, re.source).toBeDefined();
      for (const t of texts(2000)) {
        if (re.global) {
          const want = [...t.matchAll(re)].map(show);
          expect(allLeadMatches(t, p).map(show), t).toEqual(want);
          matched += want.length;
        } else {
          const want = re.exec(t);
          expect(show(firstLeadMatch(t, p)), t).toBe(show(want));
          if (want) matched++;
        }
      }
    }
    expect(matched).toBeGreaterThan(3000);
  });

  it('finds the same matches when patterns of one group share a scan of each text, asked in any order', () => {
    // Word-start and plain patterns together, global and not; texts asked again, in turn, or for one pattern only.
    const res = [...PATTERNS.filter((re) => leadsOf(re) !== undefined), ...WORD_START_PATTERNS];
    const grouped = res.map((re) => leadScan(re, 'lead-scan.test'));
    expect(grouped.every((p) => p.group !== undefined)).toBe(true);
    const all = [...texts(1500), ...wordStartTexts(1500)];
    let matched = 0;
    for (let i = 0; i < all.length; i++) {
      const t = all[i];
      // Every pattern on this text, a pattern on another text in between, then this text again.
      for (let round = 0; round < 2; round++) {
        for (let k = 0; k < res.length; k++) {
          const re = res[(k + i + round) % res.length];
          const p = grouped[(k + i + round) % res.length];
          if (re.global) {
            const want = [...t.matchAll(re)].map(show);
            expect(allLeadMatches(t, p).map(show), `${re.source} on ${t}`).toEqual(want);
            matched += want.length;
          } else {
            expect(show(firstLeadMatch(t, p)), `${re.source} on ${t}`).toBe(show(first(re, t)));
          }
        }
        const other = all[(i * 7 + 3) % all.length];
        const k = i % res.length;
        expect(show(firstLeadMatch(other, grouped[k])), `${res[k].source} on ${other}`).toBe(
          show(first(res[k], other)),
        );
      }
    }
    expect(matched).toBeGreaterThan(3000);
  });

  it('reads classes, optional groups and zero-width starts into leads', () => {
    expect(leadsOf(/f[aå]r s/)).toEqual(['far s', 'får s']);
    // A group taken at most once is read on into what follows; one that may repeat is not.
    expect(leadsOf(/(?:the )?coordinator/)).toEqual(['the coordinator', 'coordinator']);
    expect(leadsOf(/(?:the |a )?(?:lead )?partner/)).toEqual([
      'the lead partner',
      'the partner',
      'a lead partner',
      'a partner',
      'lead partner',
      'partner',
    ]);
    expect(leadsOf(/(?:the )*coordinator/)).toEqual(['the ', 'coordinator']);
    expect(leadsOf(/\b(?:all|alla)\s/)).toEqual(['all', 'alla']);
    expect(leadsOf(/members?/)).toEqual(['member']);
    expect(leadsOf(/(is|are) addressed (?:mainly )?to/)).toEqual([
      'is addressed mainly to',
      'are addressed mainly to',
      'is addressed to',
      'are addressed to',
    ]);
    expect(leadsOf(/can (?:apply|grants?) now/)).toEqual(['can apply', 'can grant']);
    expect(leadsOf(/can (?:apply|grant) now/)).toEqual(['can apply now', 'can grant now']);
  });

  it('gives no leads where a match could start anywhere, and then runs the whole pattern', () => {
    for (const re of [/[a-z]+ apply/, /\s+may/, /x|\d/, /^kan/, /kan/i, /(?:a|)b/])
      expect(leadsOf(re), re.source).toBe(undefined);
    const p = leadScan(/x|\d+/g);
    expect(allLeadMatches('a1x22', p).map(show)).toEqual(['1:1', '2:x', '3:22']);
  });
});
