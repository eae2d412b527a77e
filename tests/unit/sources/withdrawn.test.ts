import { describe, expect, it } from 'vitest';
import { isWithdrawnText } from '../../../core/sources/lib/call.ts';

describe('isWithdrawnText', () => {
  it.each([
    'This call has been cancelled by the Monitoring Committee.',
    'The call was withdrawn on 3 March.',
    'Utlysningen är återkallad.',
    'Ansökningsomgången har ställts in.',
  ])('%s', (t) => {
    expect(isWithdrawnText(t)).toBe(true);
  });

  it('does not fire on ordinary call text', () => {
    expect(isWithdrawnText('The call is open until 4 March 2027. Cancelled projects must repay.')).toBe(false);
    expect(isWithdrawnText('Ansökan är öppen till 1 oktober.')).toBe(false);
  });
});
