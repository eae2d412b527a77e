export * from './changes.ts';
export * from './dedupe.ts';
export * from './merge.ts';
export * from './snapshot.ts';
