import type { CDPSession, Page } from 'playwright-core';

/**
 * The extension's UI lives in closed shadow roots, which page scripts (and Playwright's locators) cannot
 * enter. Tests reach them the way only a privileged client can: the DevTools protocol's pierced DOM. Clicks
 * and keys go through Playwright's real input, so they arrive as trusted events, like a user's.
 */
interface DomNode {
  nodeId: number;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function hostsOf(node: DomNode, kind: string, out: DomNode[]): DomNode[] {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === 'data-fundwatch-ui' && a[i + 1] === kind) out.push(node);
  for (const c of node.children ?? []) hostsOf(c, kind, out);
  for (const r of node.shadowRoots ?? []) hostsOf(r, kind, out);
  return out;
}

/** How many UI hosts of a kind ('badge', 'card') the page has. */
export async function uiCount(page: Page, kind = 'badge'): Promise<number> {
  const { root } = (await (await cdp(page)).send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return hostsOf(root, kind, []).length;
}

/**
 * Runs `fn` with the closed shadow root of the `index`th UI host of `kind` as `this`; returns its value.
 * `fn` is sent as source: no closures.
 */
export async function inUi<T>(page: Page, index: number, fn: string, kind = 'badge'): Promise<T> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = hostsOf(root, kind, [])[index];
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error(`no ${kind} #${index} with a shadow root`);
  const { object } = (await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
    object: { objectId: string };
  };
  const res = (await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string } };
  if (res.exceptionDetails) throw new Error(res.exceptionDetails.text);
  return res.result.value;
}

/** Text of the first element matching `selector` inside the UI host, or null. */
export function uiText(page: Page, index: number, selector: string, kind = 'badge'): Promise<string | null> {
  return inUi(
    page,
    index,
    `function () { const el = this.querySelector(${JSON.stringify(selector)}); return el ? el.textContent : null; }`,
    kind,
  );
}

/** Waits until `selector` exists (and is shown) in the UI host. */
export async function waitForUi(page: Page, index: number, selector: string, kind = 'badge'): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const shown = await inUi<boolean>(
      page,
      index,
      `function () { const el = this.querySelector(${JSON.stringify(selector)}); return !!el && !el.hidden; }`,
      kind,
    ).catch(() => false);
    if (shown) return;
    if (Date.now() > deadline) throw new Error(`${kind} #${index}: ${selector} never appeared`);
    await page.waitForTimeout(50);
  }
}

/** A real, trusted click in the middle of an element inside the UI host (scrolled into view first). */
export async function uiClick(page: Page, index: number, selector: string, kind = 'badge'): Promise<void> {
  const box = await inUi<{ x: number; y: number } | null>(
    page,
    index,
    `function () {
      const el = this.querySelector(${JSON.stringify(selector)});
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }`,
    kind,
  );
  if (!box) throw new Error(`${kind} #${index}: nothing matches ${selector}`);
  await page.mouse.click(box.x, box.y);
}
