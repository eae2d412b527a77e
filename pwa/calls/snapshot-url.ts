// The bundled offline snapshot (written by `fundwatch fetch --offline`), emitted as a file, not inlined in JS.
const snapshots = import.meta.glob<string>('../../data/snapshot/calls.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Undefined when the build had no data/snapshot/calls.json. */
export const SNAPSHOT_URL: string | undefined = Object.values(snapshots)[0];
