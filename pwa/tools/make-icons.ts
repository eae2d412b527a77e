/**
 * Draws the app icons (SVG → PNG through Chromium) into pwa/public/icons. Run once after changing the design:
 *   npx tsx pwa/tools/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_ARGS } from '../../tests/e2e/support/browser.ts';

const OUT = fileURLToPath(new URL('../public/icons/', import.meta.url));

/** A watch-eye over a calendar tick: "we keep an eye on your calls". Maskable keeps to the 80 % safe zone. */
function svg(size: number, maskable: boolean): string {
  const pad = maskable ? size * 0.1 : 0;
  const s = size - pad * 2;
  const r = maskable ? 0 : size * 0.18;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${r}" fill="#1d4e89"/>
  <g transform="translate(${pad} ${pad}) scale(${s / 100})">
    <path d="M14 50 C28 28 72 28 86 50 C72 72 28 72 14 50 Z" fill="none" stroke="#fff" stroke-width="6" stroke-linejoin="round"/>
    <circle cx="50" cy="50" r="13" fill="#f0a500"/>
    <circle cx="50" cy="50" r="5" fill="#1d4e89"/>
    <rect x="30" y="76" width="40" height="6" rx="3" fill="#fff"/>
  </g>
</svg>`;
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_ARGS });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size, maskable)}</body></html>`);
  writeFileSync(`${OUT}${name}`, await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
console.log(`icons written to ${OUT}`);
