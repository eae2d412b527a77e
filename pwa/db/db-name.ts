/** The app's IndexedDB database (apart from schema.ts, so the first view can ask for it without loading Dexie). */
export const DB_NAME = 'fundwatch';
