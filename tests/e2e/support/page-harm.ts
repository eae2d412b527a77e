import type { Page } from 'playwright-core';

/**
 * What a payload from a hostile document could have done in a page: run (`window.__pwned`), pollute Object's
 * prototype, leave event-handler attributes, frames or inline scripts, or make a link or source that is not a web
 * address (javascript:, data:). The page's own origin (an extension page's chrome-extension: assets) is allowed.
 */
export async function pageHarm(page: Page) {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(a.name)) {
          const u = new URL(a.value, location.href);
          const web = u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'blob:';
          if (!web && u.origin !== location.origin) bad.push(`${el.tagName} ${a.name}=${a.value.slice(0, 60)}`);
        }
      }
    }
    for (const tag of ['script:not([src])', 'iframe', 'object', 'embed', 'main img[src="x"]']) {
      for (const el of Array.from(document.querySelectorAll(tag))) if (el.closest('main')) bad.push(tag);
    }
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      polluted: ({} as { pwned?: unknown }).pwned,
      bad,
    };
  });
}
