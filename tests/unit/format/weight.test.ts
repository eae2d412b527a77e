import { describe, expect, it } from 'vitest';
import { formatWeight } from '../../../core/format/weight.ts';

describe("a priority's weight as a person reads it", () => {
  it('has a decimal comma in Swedish and a point in English, to one decimal', () => {
    expect(formatWeight(1.5, 'sv')).toBe('1,5');
    expect(formatWeight(1.5, 'en')).toBe('1.5');
    expect(formatWeight(1, 'sv')).toBe('1,0');
    expect(formatWeight(0.7, 'sv')).toBe('0,7');
  });
});
