import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../../pwa/lib/load-once.ts';

describe('loadOnce', () => {
  it('asks once while loading and once loaded', async () => {
    let asked = 0;
    const load = loadOnce(async () => ++asked);
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b, await load(), asked]).toEqual([1, 1, 1, 1]);
  });

  it('does not keep a failed load: the next call asks again and gets the code', async () => {
    let asked = 0;
    const load = loadOnce(async () => {
      asked++;
      if (asked === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'code';
    });
    await expect(load()).rejects.toThrow('Failed to fetch');
    await expect(load()).resolves.toBe('code');
    await expect(load()).resolves.toBe('code');
    expect(asked).toBe(2);
  });
});
