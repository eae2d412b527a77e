import { afterEach, describe, expect, it, vi } from 'vitest';
import { type HandlerRegistry, listen, send } from '../../../extension/messages.ts';

type Listener = (msg: unknown, sender: chrome.runtime.MessageSender, reply: (r: unknown) => void) => boolean;

/** An in-memory chrome.runtime: sendMessage reaches the listener the worker installed, as in Chrome. */
function fakeRuntime(): { listeners: Listener[] } {
  const listeners: Listener[] = [];
  const runtime = {
    onMessage: { addListener: (l: Listener) => listeners.push(l) },
    id: 'abc',
    sendMessage: (msg: unknown, sender: chrome.runtime.MessageSender = { url: 'chrome-extension://abc/popup.html' }) =>
      new Promise((resolve) => {
        for (const l of listeners) if (l(msg, sender, resolve)) return;
        resolve(undefined);
      }),
  };
  vi.stubGlobal('chrome', { runtime });
  return { listeners };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

function registry(overrides: Partial<HandlerRegistry>): HandlerRegistry {
  const missing = async () => {
    throw new Error('not in this test');
  };
  return new Proxy(overrides as HandlerRegistry, {
    get: (target, key: string) => target[key as keyof HandlerRegistry] ?? missing,
    has: () => true,
  });
}

describe('typed messages', () => {
  it('round-trips a request to its handler and the typed answer back', async () => {
    fakeRuntime();
    listen(registry({ unwatch: async ({ id }) => ({ removed: id === 'vinnova:1' }) }));
    await expect(send('unwatch', { id: 'vinnova:1' })).resolves.toEqual({ removed: true });
  });

  it('turns a handler error into a rejection with its message', async () => {
    fakeRuntime();
    listen(registry({}));
    await expect(send('export-saved', {})).rejects.toThrow('not in this test');
  });

  it('ignores messages that are not ours, so other listeners may answer', () => {
    const { listeners } = fakeRuntime();
    listen(registry({}));
    const reply = vi.fn();
    expect(listeners[0]({ type: 'unwatch' }, {}, reply)).toBe(false);
    expect(listeners[0]('hello', {}, reply)).toBe(false);
    expect(reply).not.toHaveBeenCalled();
  });

  it('answers content scripts (page URLs) only with scoring and watching', async () => {
    const { listeners } = fakeRuntime();
    listen(registry({ 'export-saved': async () => ({ json: '[]' }), unwatch: async () => ({ removed: true }) }));
    const replies: unknown[] = [];
    const page = { url: 'https://southbaltic.eu/news', tab: { id: 1 } as chrome.tabs.Tab };
    listeners[0]({ fw: 1, type: 'export-saved', req: {} }, page, (r) => replies.push(r));
    expect(replies).toEqual([{ ok: false, error: '"export-saved" is not available to web pages' }]);
    const ok = await new Promise((resolve) =>
      listeners[0]({ fw: 1, type: 'export-saved', req: {} }, { url: 'chrome-extension://abc/x' }, resolve),
    );
    expect(ok).toEqual({ ok: true, res: { json: '[]' } });
  });

  it('rejects clearly when no worker answers', async () => {
    vi.stubGlobal('chrome', { runtime: { sendMessage: async () => undefined } });
    await expect(send('list-seeds', {})).rejects.toThrow('no answer to "list-seeds"');
  });
});
