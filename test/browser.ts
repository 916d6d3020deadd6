/**
 * Headless Chromium for tests that look at generated HTML as a browser does (DOM, scripts).
 * Debian's chromium package; `.ci/run` installs it. Without it these tests are skipped.
 */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);

/** Opens a file in a fresh headless browser, runs `check` on the page, always closes. */
export async function inChromium<T>(file: string, check: (page: Page) => Promise<T>): Promise<T> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    return await check(page);
  } finally {
    await browser?.close();
  }
}
