/**
 * A priority earns a share of the credit for a topic next to its own (lexicon related/broader). The explanation
 * must then say so — "närliggande ämne: Skola och utbildning" — rather than claim the call is about the priority's
 * own topic. Profiles and sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../../core/match/explain.ts';
import { score } from '../../../core/match/index.ts';
import { groupReasons, topicsText } from '../../../core/match/reason-groups.ts';
import { type Profile, ProfileSchema } from '../../../core/model/profile.ts';
import { SavedReasonSchema } from '../../../core/model/saved-match.ts';
import { testCall } from '../../support/test-call.ts';

const profile: Profile = ProfileSchema.parse({
  id: 'test-skills',
  name: 'Testkommun',
  kind: 'kommun',
  lan: 'Blekinge län',
  priorities: [
    {
      id: 'kompetens',
      label: { sv: 'Kompetensförsörjning', en: 'Skills supply' },
      weight: 1,
      concepts: ['skills-supply'],
      terms: [],
    },
  ],
});

const schoolCall = testCall({
  title: 'Utbyten för skolor',
  summary: 'Skolor kan söka stöd för att elever och lärare ska besöka en partnerskola i ett annat land.',
  language: 'sv',
});
const skillsCall = testCall({
  title: 'Kompetensförsörjning i regionens företag',
  summary: 'Projekt som tryggar kompetensförsörjningen och ger anställda ny kompetens genom vidareutbildning.',
  language: 'sv',
});

describe('a related topic is told as one', () => {
  it('marks the reasons from a neighbour concept, and only those', () => {
    const school = score(schoolCall, profile).reasons;
    expect(school.length).toBeGreaterThan(0);
    expect(school.every((r) => r.related === true)).toBe(true);
    const skills = score(skillsCall, profile).reasons;
    expect(skills.find((r) => r.conceptId === 'skills-supply')?.related).toBeUndefined();
  });

  it('says "närliggande ämne" in every product’s lines, in both languages', () => {
    const m = score(schoolCall, profile);
    const sv = explainMatch(m, 'sv').join('\n');
    expect(sv).toMatch(/Matchar prioriteringen "Kompetensförsörjning" \(närliggande ämne: Skola och utbildning\)/);
    expect(explainMatch(m, 'en').join('\n')).toMatch(/\(related topic: [^)]+\)/);
    expect(topicsText(groupReasons(m.reasons, 'sv')[0], 'sv')).toMatch(/^närliggande ämne: /);
    expect(explainMatch(score(skillsCall, profile), 'sv').join('\n')).not.toMatch(/närliggande/);
  });

  it('keeps the mark when a saved match is read back', () => {
    const [r] = score(schoolCall, profile).reasons;
    expect(SavedReasonSchema.parse(JSON.parse(JSON.stringify(r))).related).toBe(true);
  });

  it('tells a priority’s own topics first, then those next to it under one heading', () => {
    const g = { concepts: ['Klimat'], related: ['Energi', 'Vatten'] };
    expect(topicsText(g, 'sv')).toBe('Klimat; närliggande ämnen: Energi, Vatten');
    expect(topicsText(g, 'en')).toBe('Klimat; related topics: Energi, Vatten');
    expect(topicsText({ concepts: [], related: ['Energi'] }, 'sv')).toBe('närliggande ämne: Energi');
    expect(topicsText({ concepts: ['Klimat', 'Energi'], related: [] }, 'sv')).toBe('Klimat, Energi');
    const reason = (conceptId: string, related?: boolean) => ({
      priorityId: 'p',
      priorityLabel: { sv: 'P', en: 'P' },
      conceptLabel: { sv: conceptId, en: conceptId },
      ...(related ? { related } : {}),
      evidence: [],
      points: 1,
    });
    const [grouped] = groupReasons([reason('Energi', true), reason('Klimat'), reason('Vatten', true)], 'sv');
    expect(topicsText(grouped, 'sv')).toBe('Klimat; närliggande ämnen: Energi, Vatten');
  });
});
