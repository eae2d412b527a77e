/**
 * A sentence that refuses part of a class, or a role, does not shut the class out (found by an eligibility probe of
 * calls written blind to the engine, each with the answer a careful official gives). Sentences written for this test:
 * - a qualifier after the class ("kommuner utanför länet", "kommuner med färre invånare", "municipalities with fewer
 *   than 10 000 inhabitants") or a kind of it before ("inland municipalities", "larger municipalities",
 *   "inlandskommuner") refuses that part only;
 * - a lead role refused ("kan inte vara koordinator", "cannot be the lead partner") leaves taking part open, unless
 *   the other roles are refused with it ("huvudsökande, medsökande eller medelsförvaltare");
 * - examples after an exception ("utom statliga myndigheter, exempelvis kommuner och föreningar") are admitted.
 */
import { describe, expect, it } from 'vitest';
import { analyseCall } from '../../../core/match/index.ts';
import { testCall } from '../../support/test-call.ts';

const excluded = (summary: string, language: 'sv' | 'en' = 'sv') => {
  const s = (
    analyseCall(testCall({ summary, language })) as unknown as { analysis: { signals: { excluded?: Set<string> } } }
  ).analysis.signals;
  return [...(s.excluded ?? [])].sort();
};

describe('a part of a class refused', () => {
  it('by a qualifier after it', () => {
    expect(excluded('Kommuner utanför länet kan inte vara sökande.')).not.toContain('municipal');
    expect(excluded('Kommuner med färre invånare kan inte söka.')).not.toContain('municipal');
    expect(excluded('Municipalities with fewer than 10 000 inhabitants are not eligible.', 'en')).not.toContain(
      'municipal',
    );
    expect(excluded('Municipalities located outside the programme area are not eligible.', 'en')).not.toContain(
      'municipal',
    );
  });
  it('by what it lacks or a threshold', () => {
    expect(excluded('Kommuner utan egen havskust kan inte söka.')).not.toContain('municipal');
    expect(excluded('Municipalities below this threshold cannot participate.', 'en')).not.toContain('municipal');
  });
  it('by the role the subject is refused in, or a condition on the money', () => {
    // The regions are refused as main urban authority; "urban authority" names the role, not kommuner refused.
    expect(
      excluded('Regional authorities are not eligible as main urban authority or as associated urban authority.', 'en'),
    ).toEqual(['region']);
    expect(
      excluded(
        'Where their national funding body does not fund public bodies, they participate at their own cost.',
        'en',
      ),
    ).toEqual([]);
  });
  it('by a kind named before it', () => {
    expect(excluded('Inland municipalities are not eligible.', 'en')).not.toContain('municipal');
    expect(excluded('Inlandskommuner kan inte söka.')).not.toContain('municipal');
    expect(excluded('Larger municipalities and regional authorities cannot take part.', 'en')).toEqual(['region']);
  });
  it('the whole class refused still is', () => {
    expect(excluded('Kommuner kan inte söka.')).toContain('municipal');
    expect(excluded('Municipalities are not eligible.', 'en')).toContain('municipal');
  });
});

describe('a lead role refused', () => {
  it('leaves taking part open', () => {
    expect(
      excluded(
        'Offentliga aktörer såsom kommuner och regioner kan delta som projektparter men kan inte vara koordinator.',
      ),
    ).toEqual([]);
    expect(excluded('Municipalities may join as partners but cannot be the lead partner.', 'en')).toEqual([]);
    expect(
      excluded(
        'Municipalities and regional authorities may not act as coordinator, but are eligible as co-beneficiaries.',
        'en',
      ),
    ).toEqual([]);
  });
  it('unless the other roles are refused with it', () => {
    const out = excluded('Kommuner och regioner kan inte vara huvudsökande, medsökande eller medelsförvaltare.');
    expect(out.includes('municipal') || out.includes('public')).toBe(true);
  });
});

describe('examples after an exception', () => {
  it('are admitted, the exception still refused', () => {
    const out = excluded(
      'Alla typer av svenska organisationer kan söka, utom statliga myndigheter och privatpersoner, exempelvis kommuner, regioner och företag.',
    );
    expect(out).toContain('state');
    expect(out).not.toContain('municipal');
    expect(out).not.toContain('public');
    expect(out).not.toContain('company');
  });
});
