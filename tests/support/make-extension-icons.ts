/**
 * Makes the 16, 32 and 48 px toolbar and store icons from icon-128.png in Chromium (canvas downscaling with
 * high-quality smoothing), so every size is the same drawing. Run once after changing icon-128.png:
 *   npx tsx tests/support/make-extension-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/support/browser.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const source = `data:image/png;base64,${readFileSync(here('../../extension/icons/icon-128.png')).toString('base64')}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48]) {
    const dataUrl = await page.evaluate(
      async ([src, n]) => {
        const img = new Image();
        img.src = src as string;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = n as number;
        const ctx = canvas.getContext('2d')!;
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(img, 0, 0, n as number, n as number);
        return canvas.toDataURL('image/png');
      },
      [source, size] as const,
    );
    writeFileSync(here(`../../extension/icons/icon-${size}.png`), Buffer.from(dataUrl.split(',')[1], 'base64'));
  }
} finally {
  await browser.close();
}
