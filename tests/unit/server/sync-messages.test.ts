import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { checkMessage } from '../../../server/sync.ts';

function syncMessage(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  write(e);
  return encoding.toUint8Array(e);
}

describe('checking y-websocket messages before they touch a team document', () => {
  const doc = new Y.Doc();
  doc.getMap('watch').set('a', 1);

  it('passes the messages a stock client sends, and extracts updates to store first', () => {
    expect(checkMessage(syncMessage((e) => syncProtocol.writeSyncStep1(e, doc)))).toEqual({ ok: true });
    const update = Y.encodeStateAsUpdate(doc);
    const step2 = checkMessage(syncMessage((e) => syncProtocol.writeSyncStep2(e, doc)));
    expect(step2.ok && step2.update).toEqual(update);
    const u = checkMessage(syncMessage((e) => syncProtocol.writeUpdate(e, update)));
    expect(u.ok && u.update).toEqual(update);
    expect(checkMessage(Uint8Array.from([3]))).toEqual({ ok: true });
  });

  it('refuses garbage, truncated messages, unknown types and updates that are not Yjs updates', () => {
    expect(checkMessage(new Uint8Array()).ok).toBe(false);
    expect(checkMessage(Uint8Array.from([7])).ok).toBe(false);
    expect(checkMessage(Uint8Array.from([0, 9])).ok).toBe(false);
    expect(checkMessage(Uint8Array.from([0, 2, 200])).ok).toBe(false);
    expect(checkMessage(syncMessage((e) => syncProtocol.writeUpdate(e, Uint8Array.from([1, 2, 3, 250, 251])))).ok).toBe(
      false,
    );
    const real = Y.encodeStateAsUpdate(doc);
    expect(checkMessage(syncMessage((e) => syncProtocol.writeUpdate(e, real.slice(0, real.length - 3)))).ok).toBe(
      false,
    );
  });

  it('passes a stock awareness update and refuses a malformed state vector or awareness payload', () => {
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ user: { name: 'Ann' } });
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
    expect(checkMessage(encoding.toUint8Array(e))).toEqual({ ok: true });
    awareness.destroy();
    // Well-formed envelopes whose payload @y/websocket-server would choke on (and log as a stack trace).
    expect(checkMessage(Uint8Array.from([0, 0, 4, 250, 250, 250, 250])).ok).toBe(false);
    expect(checkMessage(Uint8Array.from([1, 5, 200, 200, 200, 200, 200])).ok).toBe(false);
    const badJson = encoding.createEncoder();
    encoding.writeVarUint(badJson, 1);
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, 5);
    encoding.writeVarUint(inner, 1);
    encoding.writeVarString(inner, '{}}');
    encoding.writeVarUint8Array(badJson, encoding.toUint8Array(inner));
    expect(checkMessage(encoding.toUint8Array(badJson)).ok).toBe(false);
  });
});
