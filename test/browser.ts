/**
 * Headless Chromium for tests that look at generated HTML as a browser does (DOM, scripts).
 * Debian's chromium package; `.ci/run` installs it. Without it these tests are skipped.
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);

/** A phone's screen: the page is laid out as the phone does, at 980 px unless it says its width (viewport meta). */
export const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** Opens a file in a fresh headless browser (`as`: the device, a desktop's window if none), runs `check` on the page, always closes. */
export async function inChromium<T>(file: string, check: (page: Page) => Promise<T>, as: BrowserContextOptions = {}): Promise<T> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage(as);
    await page.goto(`file://${file}`);
    return await check(page);
  } finally {
    await browser?.close();
  }
}
