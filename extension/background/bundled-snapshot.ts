import type { FundingCall } from '../../core/model/call.ts';
import { callsFromJson } from './fetch-sources.ts';

/** The offline snapshot shipped with the repository (data/snapshot/calls.json), when the build had one. */
const snapshots = import.meta.glob<string>('../../data/snapshot/calls.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

export function bundledCalls(now: Date): FundingCall[] {
  const body = Object.values(snapshots)[0];
  if (!body) return [];
  try {
    return callsFromJson(body, 'data/snapshot/calls.json', now);
  } catch (err) {
    console.warn('fundwatch: bundled snapshot unreadable', err);
    return [];
  }
}
