import { FundwatchDb } from './schema.ts';

let db: FundwatchDb | undefined;

/** The app's one connection. */
export function getDb(): FundwatchDb {
  db ??= new FundwatchDb();
  return db;
}
