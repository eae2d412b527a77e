import { describe, expect, it } from 'vitest';
import { freshQuotes } from '../../../core/format/quotes.ts';

describe('freshQuotes', () => {
  it('leaves out the title and a cut of it: it is on screen already', () => {
    const title = 'Erasmus+ Jean Monnet application round ends 12.2.2025 (higher education, VET and school education)';
    const quotes = [
      '…round ends 12.2.2025 (higher education, VET and school education)',
      'EU studies; teacher training',
    ];
    expect(freshQuotes(quotes, new Set(), 2, title)).toEqual(['EU studies; teacher training']);
  });

  it('shows one window of a passage, not two overlapping ones', () => {
    const quotes = [
      '…create a more diverse range of projects by encouraging new partnerships to develop and enhance cross-border collaboration. The…',
      '…new partnerships to develop and enhance cross-border collaboration. The programme proposes the following…',
    ];
    expect(freshQuotes(quotes, new Set(), 2)).toEqual([quotes[0]]);
  });

  it('does not repeat under the next priority a passage shown under one above', () => {
    const shown = new Set<string>();
    const q = '…Baltic area. Municipalities and regions may apply with partners from Poland, Lithuania.';
    expect(freshQuotes([q], shown, 2)).toEqual([q]);
    expect(freshQuotes([q, 'climate adaptation; flooding'], shown, 2)).toEqual(['climate adaptation; flooding']);
  });

  it('keeps short quotes that differ, up to the number asked', () => {
    expect(freshQuotes(['Youth', 'NGO', 'Youth policy'], new Set(), 2)).toEqual(['Youth', 'NGO']);
  });
});
