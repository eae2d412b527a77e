/**
 * Profile building from a strategy document: what a user waits for after choosing a file. Figures for 1 MB and
 * 4 MB of unbroken prose (the case that was quadratic: 1 MB took 35 s, 4 MB did not finish), with the floor
 * measured in the same run: only tokenising the same text, which any reading of it must do.
 */
import { buildProfileFromText } from '../../core/profile/from-document.ts';
import { keyTokens } from '../../core/text/phrases.ts';
import { largeStrategy } from '../../tests/support/large-strategy.ts';

function best(f: () => void, runs: number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

export async function run(): Promise<void> {
  buildProfileFromText(largeStrategy(50_000)); // warm-up
  for (const mb of [1, 4]) {
    const text = largeStrategy(mb * 1_000_000);
    const build = best(() => buildProfileFromText(text), mb === 1 ? 3 : 1);
    const floor = best(() => keyTokens(text), mb === 1 ? 3 : 1);
    console.log(
      `profile from a ${mb} MB strategy: ${(build / 1000).toFixed(2)} s (target ≤ ${5 * mb} s); tokenising alone ${(floor / 1000).toFixed(2)} s; ratio ${(build / floor).toFixed(1)}×`,
    );
  }
}
