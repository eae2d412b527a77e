/**
 * How strategies put their commitments, read as the weight rule reads them (weight-rule.ts). Sentences written for
 * these tests, after how Swedish public bodies generally write their strategies:
 * - in the present as often as in the future: "Kommunen arbetar för…", "Region Exempel verkar för…", and with the
 *   subject after the verb when the sentence opens with something else ("I vårt internationella arbete verkar vi
 *   för…"); what a thing does ("ett förstärkt samarbete bidrar till…", "projekt som bidrar till…") is a description;
 * - a funder of one kind of work (ICLD: municipal partnerships) named in one of the body's listed goals puts that
 *   work as the goal puts it; named as where money came from, the work is only mentioned.
 */
import { describe, expect, it } from 'vitest';
import { draftProfileFromText } from '../../../core/profile/from-document.ts';
import { basisOfMention } from '../../../core/profile/weight-rule.ts';
import { fold } from '../../../core/text/fold.ts';

const prose = { stated: false, listed: false, naming: false, section: 'neutral' as const };
const basis = (sentence: string) => basisOfMention({ ...prose, sentence: fold(sentence.toLowerCase()), before: '' });

describe('a commitment in the present names the work', () => {
  const named = [
    'Kommunen arbetar för att stärka städernas roll i EU:s politik.',
    'Region Exempel verkar för en bättre hälso- och sjukvård i länet.',
    'I vårt internationella arbete verkar vi för förbättrad samhällsservice och hälsa.',
    'Regionen bidrar till en hållbar regional utveckling.',
    'The region works towards better public health.',
    'We also contribute to sustainable urban development.',
  ];
  for (const s of named) it(`"${s}" is named`, () => expect(basis(s)).toBe('named'));

  const described = [
    'Ett förstärkt samarbete i Östersjöområdet bidrar till gemensamma lösningar på samhällsutmaningar.',
    'Kommuner kan söka medel för utvecklingsprojekt som bidrar till dessa mål.',
    'Nätverket arbetar för hållbar utveckling i regionen.',
    'The network works for sustainable development.',
  ];
  for (const s of described) it(`"${s}" only mentions`, () => expect(basis(s)).toBe('mentioned'));

  it('and the OCR reading of "för" does not hide it', () => {
    expect(basis('I virt internationella arbete verkar vi f6r forbittrad samhallsservice.')).toBe('named');
  });
});

describe('a funder of one kind of work in the body’s own goals', () => {
  // Long enough that a single mention is no priority of its own; the filler names no topic.
  const filler = Array.from({ length: 120 }, () => 'Arbetet följs upp varje år av styrelsen.').join(' ');
  const strategy = (lines: string[]) =>
    draftProfileFromText(
      ['Riktlinje för internationellt arbete, Exempelby kommun', '', ...lines, '', filler].join('\n'),
      {
        lan: 'norrbotten',
      },
    ).profile;
  const twinning = (lines: string[]) => strategy(lines).priorities.find((p) => p.concepts.includes('town-twinning'));

  it('puts that work as the goal puts it: a listed goal states it', () => {
    const p = twinning([
      'Kommunen ska prioritera följande punkter:',
      '',
      ' - Utveckla näringslivet genom internationella kontakter',
      ' - Eventuella ICLD-projekt ska stödjas av kommunens mål för att vara aktuella',
      '',
    ]);
    expect(p?.source?.basis).toBe('stated');
    expect(p?.weight).toBe(1.2);
    expect(p?.source?.passage).toContain('ICLD-projekt');
  });

  it('named only as where money came from, the work is at most mentioned', () => {
    const p = twinning([
      'Kommunen ska prioritera följande punkter:',
      '',
      ' - Utveckla näringslivet genom internationella kontakter',
      '',
      'Finansieringen har kommit från bland annat Tillväxtverket och ICLD.',
      '',
    ]);
    expect(p?.source?.basis ?? 'mentioned').toBe('mentioned');
  });
});
