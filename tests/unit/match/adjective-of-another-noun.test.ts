/**
 * An adjective of a concept right before another concept's noun qualifies that noun: "sustainable, resilient and
 * innovative tourism" is tourism, not research and innovation; "innovative solutions" still is innovation. Calls
 * written for this test from how funders generally write them.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { CONCEPT_INDEX, CONCEPTS } from '../../../core/match/concepts.ts';
import { testCall } from '../../support/test-call.ts';

const innovation = CONCEPT_INDEX.get('research-innovation') as number;
const tourism = CONCEPT_INDEX.get('tourism') as number;
const found = (summary: string, language: 'sv' | 'en') => {
  const a = analyse(testCall({ title: 'Utlysning', summary, language, themes: undefined, programme: undefined }));
  return new Set(CONCEPTS.flatMap((_, i) => (a.tf[i] > 0 ? [i] : [])));
};

describe('an adjective of another concept’s noun', () => {
  it('every modifier is a single lowercase word', () => {
    for (const c of CONCEPTS) for (const w of c.modifiers ?? []) expect(w).toMatch(/^[\p{Ll}-]+$/u);
  });

  it('"innovative tourism" is tourism, not innovation', () => {
    const got = found('The priority supports sustainable, resilient and innovative tourism in the coastal area.', 'en');
    expect(got.has(tourism)).toBe(true);
    expect(got.has(innovation)).toBe(false);
  });

  it('"innovativ turism" likewise in Swedish', () => {
    const got = found('Stödet gäller hållbar och innovativ turism i regionen.', 'sv');
    expect(got.has(innovation)).toBe(false);
  });

  it('"innovative solutions" still counts as innovation', () => {
    expect(found('Projects develop innovative solutions for water management.', 'en').has(innovation)).toBe(true);
  });
});

describe('words of the application procedure, of a verb and of generic praise', () => {
  const participation = CONCEPT_INDEX.get('participation-democracy') as number;
  it('a compulsory consultation with the secretariat is no citizen dialogue', () => {
    const got = found(
      'The call has a one-step application procedure that includes a compulsory consultation with the Managing Authority.',
      'en',
    );
    expect(got.has(participation)).toBe(false);
  });

  it('a consultation of citizens still is', () => {
    const got = found('The project runs a consultation of citizens on the new harbour plan.', 'en');
    expect(got.has(participation)).toBe(true);
  });

  it('"connect the region" is no digital connectivity, which still counts', () => {
    const digital = CONCEPT_INDEX.get('digitalisation') as number;
    expect(found('Projects should save the sea and connect the region.', 'en').has(digital)).toBe(false);
    expect(found('Projects improve broadband connectivity in rural areas.', 'en').has(digital)).toBe(true);
  });

  it('"innovative ideas" of the partnership are no research and innovation', () => {
    expect(found('The call taps into the innovative ideas of the partnerships formed.', 'en').has(innovation)).toBe(
      false,
    );
  });
});
