/**
 * Strategy documents are often OCR output in which å, ä and ö come out as other vowels, é or 6. A profile
 * built from a damaged text should be the profile of the clean one. The text is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { rank } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { buildProfileFromText } from '../../../core/profile/from-document.ts';

const CLEAN = `Internationell strategi för Mörbylånga kommun 2026–2030

Kommunen ska särskilt prioritera följande områden i det internationella arbetet.

1. Klimatanpassning och vatten. Översvämningar och torka påverkar kusten och jordbruket. Vi ska arbeta med
klimatanpassning, vattenförvaltning och en bättre havsmiljö i Östersjön tillsammans med grannländerna.

2. Näringslivsutveckling och besöksnäring. Kommunen ska stärka företagandet, entreprenörskapet och turismen
genom samarbete med företag och andra kommuner i Kalmar län.

3. Ungas delaktighet och skolutveckling. Ungdomar ska få större inflytande, och skolorna ska delta i
utbyten med skolor i Polen och Litauen genom Erasmus+.

4. Kompetensförsörjning. Kommunen behöver attrahera kompetent arbetskraft och utveckla medarbetarnas
kompetens genom erfarenhetsutbyte med andra europeiska kommuner.`;

/** Deterministic OCR-like damage: å, ä and ö read as other vowels, é or 6, depending on where they stand. */
function damage(text: string): string {
  const readings: Record<string, string[]> = { å: ['a', 'é'], ä: ['i', 'a', 'e'], ö: ['6', 'é', 'o'] };
  let n = 0;
  return text.replace(/[åäö]/g, (ch) => {
    const r = readings[ch];
    return r[n++ % r.length];
  });
}

const conceptsOf = (text: string) =>
  new Set(buildProfileFromText(text, { name: 'Mörbylånga kommun' }).priorities.flatMap((p) => p.concepts));

describe('profiles from OCR-damaged strategy text', () => {
  it('damages the text for real', () => {
    expect(damage(CLEAN)).not.toMatch(/[åäö]/);
  });

  it('finds the same län and nearly the same priorities as in the clean text', () => {
    const clean = buildProfileFromText(CLEAN, { name: 'Mörbylånga kommun' });
    const ocr = buildProfileFromText(damage(CLEAN), { name: 'Mörbylånga kommun' });
    expect(ocr.lan).toBe('kalmar');
    expect(ocr.lan).toBe(clean.lan);
    const a = conceptsOf(CLEAN);
    const b = conceptsOf(damage(CLEAN));
    const shared = [...a].filter((c) => b.has(c)).length;
    expect(shared / new Set([...a, ...b]).size).toBeGreaterThanOrEqual(0.75);
    for (const c of ['climate-adaptation', 'water-marine', 'tourism', 'skills-supply']) expect(b.has(c)).toBe(true);
    expect(ocr.partnerCountries).toEqual(expect.arrayContaining(['Poland', 'Lithuania']));
  });

  it('ranks calls alike with either profile', () => {
    const call = (id: string, title: string, summary: string): FundingCall => ({
      id,
      source: 'test',
      funder: 'Test',
      title,
      summary,
      url: '',
      language: 'sv',
      deadlines: [],
    });
    const calls = [
      call(
        'water',
        'Klimatanpassning av kustkommuner',
        'Stöd till åtgärder mot översvämningar och för bättre vattenkvalitet.',
      ),
      call('tourism', 'Hållbar besöksnäring', 'Projekt som utvecklar turismen och småföretagen på landsbygden.'),
      call('dairy', 'Mjölkkvalitet i mejerier', 'Forskning om mjölkens hållbarhet i kylkedjan.'),
    ];
    const order = (text: string) =>
      rank(calls, buildProfileFromText(text, { name: 'Mörbylånga kommun' })).map((r) => r.call.id);
    expect(order(damage(CLEAN))).toEqual(order(CLEAN));
    expect(order(damage(CLEAN)).at(-1)).toBe('dairy');
  });
});
