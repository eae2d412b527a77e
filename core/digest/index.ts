export * from './build.ts';
export * from './format.ts';
export * from './html.ts';
export * from './ics.ts';
export * from './markdown.ts';
