import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import type { SavedMatch } from '../../../core/model/saved-match.ts';
import { readTeamEntry, watchInTeam } from '../../../core/team/index.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';

const now = new Date('2026-09-01T08:00:00Z');
const call = normaliseCall(fixtureCalls(now)[0], {}, now);
const anna = { who: 'Anna', now };

/** What an older extension saved: the explanation as text, no structured reasons. */
const linesOnly: SavedMatch = {
  profileId: '',
  score: 70,
  band: 'strong',
  reasons: [],
  lines: { sv: ['Poäng 70 av 100 (stark matchning).'], en: ['Score 70 of 100 (strong match).'] },
  scoredAt: '2026-01-01T10:00:00Z',
};

const structured: SavedMatch = {
  profileId: 'karlskrona',
  score: 64,
  band: 'relevant',
  reasons: [{ priorityId: 'klimat', priorityLabel: { sv: 'Klimat', en: 'Climate' }, evidence: [], points: 40 }],
  scoredAt: now.toISOString(),
};

describe('a match an older extension saved as lines of text', () => {
  it('is read as it was, and gives way to structured reasons when the call is watched again', () => {
    const doc = new Y.Doc();
    watchInTeam(doc, call, anna, { match: linesOnly });
    expect(readTeamEntry(doc, call.id, now)?.match).toEqual(linesOnly);
    watchInTeam(doc, call, anna, { match: structured });
    expect(readTeamEntry(doc, call.id, now)?.match).toEqual(structured);
  });

  it('a structured match stays as saved when the call is watched again', () => {
    const doc = new Y.Doc();
    watchInTeam(doc, call, anna, { match: structured });
    watchInTeam(doc, call, anna, { match: { ...structured, score: 10, band: 'weak' } });
    watchInTeam(doc, call, anna, { match: linesOnly });
    expect(readTeamEntry(doc, call.id, now)?.match).toEqual(structured);
  });
});
