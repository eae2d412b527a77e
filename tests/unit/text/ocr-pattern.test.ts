import { describe, expect, it } from 'vitest';
import { fold, ocrPattern } from '../../../core/text/fold.ts';

describe('ocrPattern', () => {
  const re = ocrPattern('särskild vikt|fokusområde');
  const probe = (s: string) => re.test(fold(s.toLowerCase()));

  it('matches the clean spelling and OCR readings of å, ä and ö', () => {
    expect(probe('Särskild vikt ska läggas vid')).toBe(true);
    expect(probe('Sirskild vikt ska liggas vid')).toBe(true);
    expect(probe('S6rskild vikt')).toBe(true);
    expect(probe('Fokusomride för arbetet')).toBe(true);
    expect(probe('Fokusomréde')).toBe(true);
  });

  it('does not match other consonants or missing letters', () => {
    expect(probe('Sarskjld vikt')).toBe(false);
    expect(probe('srskild vikt')).toBe(false);
    expect(probe('fokusomrde')).toBe(false);
  });
});
