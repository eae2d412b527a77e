import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { FundwatchDb } from '../../../pwa/db/schema.ts';

let n = 0;
/** A fresh, uniquely named database in fake-indexeddb (real Dexie, real IndexedDB semantics). */
export function freshName(): string {
  n += 1;
  return `fundwatch-test-${process.pid}-${n}-${Date.now()}`;
}

export function openTestDb(name = freshName()): FundwatchDb {
  return new FundwatchDb(name, { indexedDB, IDBKeyRange });
}

export function rawDexie(name: string): Dexie {
  return new Dexie(name, { indexedDB, IDBKeyRange });
}
