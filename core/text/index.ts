export * from './fold.ts';
export * from './normalise.ts';
export * from './phrases.ts';
export * from './quote.ts';
export * from './stem.ts';
export * from './words.ts';
