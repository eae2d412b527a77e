import type { FirstViewSeed } from '../../core/match/first-view.ts';

// Set by the build (pwa/vite.pwa.ts) from core's seed profiles; absent when the module runs outside a build.
declare const __FUNDWATCH_SEED_CHOICES__: FirstViewSeed[] | undefined;

/** The onboarding's choices as built into the app; empty outside a build (the data layer's profiles serve then). */
export function builtInSeedChoices(): FirstViewSeed[] {
  return typeof __FUNDWATCH_SEED_CHOICES__ === 'undefined' ? [] : __FUNDWATCH_SEED_CHOICES__;
}
