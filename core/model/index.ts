export * from './call.ts';
export * from './deadline-time.ts';
export * from './errors.ts';
export * from './hash.ts';
export * from './match.ts';
export * from './normalise-call.ts';
export * from './profile.ts';
export * from './status.ts';
