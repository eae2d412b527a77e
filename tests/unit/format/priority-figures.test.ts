import { describe, expect, it } from 'vitest';
import { legacyLines, priorityFigures, priorityFigureText } from '../../../core/format/priority-figures.ts';
import type { SavedReason } from '../../../core/model/saved-match.ts';

const reason = (priorityId: string, points: number, label = priorityId): SavedReason => ({
  priorityId,
  priorityLabel: { sv: `${label} (sv)`, en: `${label} (en)` },
  evidence: [{ term: priorityId, quote: `…${priorityId}…` }],
  points,
});

describe('priorityFigures: the short list of priorities and points', () => {
  it('names each priority with its reasons summed, most points first, in the reader’s language', () => {
    const reasons = [reason('a', 4.25), reason('b', 30), reason('a', 10)];
    expect(priorityFigures(reasons, 'sv', 3).map(priorityFigureText)).toEqual(['b (sv) +30 p', 'a (sv) +14,3 p']);
    expect(priorityFigures(reasons, 'en', 1).map(priorityFigureText)).toEqual(['b (en) +30 p']);
  });

  it('leaves the minor priorities to the full explanation, as the app and the digest fold them', () => {
    const reasons = [reason('big', 40), reason('mid', 20), reason('tiny1', 0.2), reason('tiny2', 0.1)];
    expect(priorityFigures(reasons, 'sv', 5).map((f) => f.priorityId)).toEqual(['big', 'mid']);
    // Against a larger gross (the whole match's figures), a middling priority can be minor too.
    expect(priorityFigures(reasons, 'sv', 5, 10_000).map((f) => f.priorityId)).toEqual(['big']);
  });

  it('gives nothing for no reasons', () => {
    expect(priorityFigures([], 'sv', 2)).toEqual([]);
  });
});

describe('legacyLines: what an older extension kept instead of reasons', () => {
  const lines = { sv: ['Poäng 70 av 100.'], en: ['Score 70 of 100.'] };
  it('are shown only when there are no structured reasons', () => {
    expect(legacyLines({ reasons: [], lines }, 'en')).toEqual(['Score 70 of 100.']);
    expect(legacyLines({ reasons: [reason('a', 1)], lines }, 'en')).toBeUndefined();
    expect(legacyLines({ reasons: [] }, 'sv')).toBeUndefined();
    expect(legacyLines({ reasons: [], lines: { sv: [], en: [] } }, 'sv')).toBeUndefined();
  });
});
