export * from './clock.ts';
export * from './deadline-kind.ts';
export * from './find-dates.ts';
export * from './fuzzy.ts';
export * from './months.ts';
export * from './schedule.ts';
export * from './zoned.ts';
export * from './zones.ts';
