import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { attachDocLink } from '../../../core/doc-link/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { readTeamWatchlist, watchInTeam } from '../../../core/team/index.ts';
import { type ExtensionLinkState, extensionIds, linkExtension } from '../../../pwa/sync/extension-link.ts';

const call = (id: string) =>
  ({
    id,
    source: 'page',
    funder: 'Vinnova',
    title: id,
    summary: '',
    url: `https://www.vinnova.se/${id}`,
    language: 'sv',
    deadlines: [{ date: '2027-02-01', time: '14:00', timeZone: 'Europe/Stockholm', kind: 'application' }],
  }) as unknown as FundingCall;
const actor = { who: 'x', now: new Date('2026-11-30T10:00:00Z') };

type Listener<T> = (v: T) => void;
/**
 * chrome.runtime.connect as a page sees it, wired to a second document that plays the extension's worker (the
 * worker side is core's attachDocLink, as in extension/background/team/app-link.ts). Messages pass through JSON,
 * asynchronously, as over a real port.
 */
function fakeExtension(extDoc: Y.Doc, extDocName = 'local') {
  const workers: { kill(): void }[] = [];
  let connects = 0;
  const runtime = {
    connect(id: string, info: { name: string }) {
      connects++;
      const toPage: Listener<unknown>[] = [];
      const pageGone: Listener<void>[] = [];
      let open = true;
      const deliver = (fns: Listener<unknown>[], m: unknown) =>
        setTimeout(() => {
          if (open) for (const f of fns) f(JSON.parse(JSON.stringify(m)));
        }, 1);
      const worker = attachDocLink(extDoc, { docName: extDocName, send: (m) => deliver(toPage, m) });
      const kill = () => {
        if (!open) return;
        open = false;
        worker.close();
        setTimeout(() => {
          for (const f of pageGone) f();
        }, 1);
      };
      workers.push({ kill });
      expect(info.name).toBe('fundwatch-doc-link');
      expect(id).toMatch(/^[a-p]{32}$/);
      return {
        postMessage: (m: unknown) => setTimeout(() => open && worker.receive(JSON.parse(JSON.stringify(m))), 1),
        disconnect: () => {
          open = false;
          worker.close();
        },
        onMessage: { addListener: (f: Listener<unknown>) => toPage.push(f) },
        onDisconnect: { addListener: (f: Listener<void>) => pageGone.push(f) },
      };
    },
  };
  const stopWorker = () => {
    for (const w of workers) w.kill();
  };
  return { runtime, stopWorker, connects: () => connects };
}

const until = async (ok: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('the app links its document with the extension', () => {
  it('shares the watchlist both ways and relinks after Chrome stops the extension worker', async () => {
    const app = new Y.Doc();
    const ext = new Y.Doc();
    watchInTeam(ext, call('page:from-extension'), actor);
    const fake = fakeExtension(ext);
    const states: ExtensionLinkState[] = [];
    const stop = linkExtension(app, { ids: [ID], runtime: fake.runtime, onState: (s) => states.push(s) });
    await until(() => readTeamWatchlist(app).length === 1);
    await until(() => states.includes('linked'));

    fake.stopWorker();
    await until(() => fake.connects() === 2);
    watchInTeam(app, call('shared:from-app'), actor);
    await until(() => readTeamWatchlist(ext).length === 2);
    stop();
  });

  it('stays apart from an extension that holds another document', async () => {
    const app = new Y.Doc();
    const ext = new Y.Doc();
    watchInTeam(ext, call('page:team-only'), actor);
    const fake = fakeExtension(ext, 'someteam');
    const states: ExtensionLinkState[] = [];
    const stop = linkExtension(app, { ids: [ID], runtime: fake.runtime, onState: (s) => states.push(s) });
    await until(() => states.includes('other-document'));
    await new Promise((r) => setTimeout(r, 50));
    expect(readTeamWatchlist(app)).toEqual([]);
    stop();
  });

  it('says when no extension can be reached', () => {
    const onState = vi.fn();
    linkExtension(new Y.Doc(), { ids: [], onState });
    expect(onState).toHaveBeenCalledWith('unavailable');
  });
});

describe('the extension id', () => {
  it('is learnt from the options page hint and remembered; junk is ignored', () => {
    const mem = new Map<string, string>();
    const storage = {
      getItem: (k: string) => mem.get(k) ?? null,
      setItem: (k: string, v: string) => void mem.set(k, v),
    };
    const loc = { hash: `#fundwatch-extension=${ID}`, href: `http://127.0.0.1:4173/#fundwatch-extension=${ID}` };
    expect(extensionIds(loc, storage, '')).toEqual([ID]);
    expect(extensionIds({ hash: '', href: 'http://127.0.0.1:4173/' }, storage, '')).toEqual([ID]);
    expect(extensionIds({ hash: '#fundwatch-extension=<script>', href: 'x' }, new Map() as never, 'x,  y')).toEqual([]);
  });
});
