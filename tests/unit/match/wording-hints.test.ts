import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textArea } from '../../../core/match/where-text.ts';
import {
  admitsAnyOrganisation,
  namesOtherOrganisations,
  namesPublicBodies,
  notApplicantReason,
  opensAnywhere,
} from '../../../core/match/who-wording.ts';
import { foldedJoin } from '../../../core/text/fold.ts';
import { ALL_HINTS, textHints } from '../../../core/text/word-hints.ts';
import { scanText, TokenBuffer } from '../../../core/text/words.ts';
import { joinedTexts } from '../../support/random-texts.ts';

type Call = { title: string; summary?: string; applicantTypes?: string[] };

const realCalls = (): Call[] => {
  const snapshot = JSON.parse(readFileSync('data/snapshot/calls.json', 'utf8')) as { calls: Call[] };
  const heldout = readFileSync('tests/fixtures/heldout-ranking/calls.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Call);
  return [...snapshot.calls, ...heldout];
};

/**
 * notApplicantReason given a text's hints (the checks its words rule out are not tried) answers as without them, at
 * every word of real call texts and of generated texts built from the checks' own words.
 */
const realTexts = (): string[] =>
  realCalls().flatMap((c) => [c.title, c.summary ?? '', (c.applicantTypes ?? []).join('; ')]);

const PARTS = [
  'members of the association include',
  'medlemmar är',
  'organisations whose members are',
  'förbund av',
  'associations of',
  'support to',
  'services for',
  'the consortium will support',
  'will benefit from the tools',
  'are the main users of',
  'the mayor of',
  'representatives of the',
  'kommunalrådet i',
  'to the benefit of',
  'target groups are',
  'målgruppen är',
  'Objective 2: a better',
  'the capacity of',
  'kapaciteten hos',
  'more efficient',
  'companies in rural',
  'invånare i',
  'the digitalisation of',
  'Ukraine',
  'municipalities',
  'kommuner',
  'regions',
  'public authorities',
  'Mitglieder ß',
  'ÅÄÖ',
  'İstanbul',
  'a\u030Angström',
  'x',
];
const GAPS = [' ', ', ', '. ', '; ', ' and ', ' och ', ': ', '\u00ad', ''];

function checkAllWords(texts: readonly string[]): number {
  const buf = new TokenBuffer();
  let compared = 0;
  for (const text of texts) {
    scanText(text, buf);
    const hints = textHints(buf);
    const spans = Array.from({ length: buf.n }, (_, i) => [buf.start[i], buf.end[i]] as const);
    for (const [start, end] of spans) {
      const foreign = text.indexOf('Ukraine', end);
      const plain = notApplicantReason(text, start, end, foreign === -1 ? undefined : foreign);
      const hinted = notApplicantReason(text, start, end, foreign === -1 ? undefined : foreign, hints);
      expect(hinted, `${text} @${start}`).toBe(plain);
      compared++;
    }
  }
  return compared;
}

describe('the wording checks around a mention, given the hints of its text', () => {
  it('answer as without them at every word of real calls', () => {
    expect(checkAllWords(realTexts())).toBeGreaterThan(10_000);
  });

  it('answer as without them on texts built from the checks’ own words', () => {
    const texts = joinedTexts(3000, PARTS, GAPS, 8, 12);
    const buf = new TokenBuffer();
    // Some of these texts must give each kind of answer, or the comparison proves little.
    const kinds = new Set<string>();
    for (const t of texts) {
      scanText(t, buf);
      for (let i = 0; i < buf.n; i++) kinds.add(String(notApplicantReason(t, buf.start[i], buf.end[i], undefined)));
    }
    expect([...kinds].sort()).toEqual(
      ['member', 'recipient', 'served', 'objective', 'topic', 'place', 'person', 'undefined'].sort(),
    );
    checkAllWords(texts);
  });
});

const AREA_AND_OPEN_PARTS = [
  'Småland och öarna',
  'Övre Norrland',
  'Skåne-Blekinge',
  'Jönköpings, Kronobergs och Kalmar län',
  'regionalfonden',
  'kan sökas av',
  'any organisation',
  'juridiska personer',
  'open to all',
  'public bodies',
  'offentliga aktörer',
  'other organisations',
  'andra aktörer',
  'Straße',
  'İzmir',
  'the call',
];

describe('the whole-call checks, given the hints of title and summary', () => {
  const buf = new TokenBuffer();
  const hintsOf = (title: string, summary: string) => {
    scanText(title, buf);
    const t = textHints(buf);
    scanText(summary, buf);
    return { title: t, summary: textHints(buf) };
  };
  const generated = joinedTexts(2000, AREA_AND_OPEN_PARTS, GAPS, 6, 7);
  const pairs: [string, string][] = [
    ...realCalls().map((c) => [c.title, c.summary ?? ''] as [string, string]),
    ...generated.map((t, i) => [generated[(i + 1) % generated.length].slice(0, 40), t] as [string, string]),
  ];

  it('find the same programme area or län in the text', () => {
    let found = 0;
    for (const [title, summary] of pairs) {
      const plain = textArea(title, summary);
      expect(textArea(title, summary, hintsOf(title, summary)), `${title} | ${summary}`).toEqual(plain);
      if (plain) found++;
    }
    expect(found).toBeGreaterThan(50);
  });

  it('say whether a call admits any organisation or names public or other organisations as the checks do', () => {
    let opens = 0;
    for (const [title, summary] of pairs) {
      const h = hintsOf(title, summary);
      const whole = foldedJoin(title, '. ', summary);
      const open = admitsAnyOrganisation(whole) || namesPublicBodies(whole) || namesOtherOrganisations(whole);
      if (open) opens++;
      expect(opensAnywhere(whole, h.title | h.summary), `${title} | ${summary}`).toBe(open);
      expect(opensAnywhere(whole, ALL_HINTS)).toBe(open);
    }
    expect(opens).toBeGreaterThan(100);
  });
});
