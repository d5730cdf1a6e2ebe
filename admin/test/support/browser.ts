import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from './api-server';

/**
 * Debian's Chromium driven by playwright-core (no browser download), in Chinese, with a timezone
 * far from China so that dates shown in China time prove the app formats them itself.
 */
export const ARTIFACTS = path.join(repoRoot, 'test-artifacts');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=zh-CN',
];

export async function openBrowser(): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'America/New_York',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    // The browser's own widgets (date and time pickers) follow LANGUAGE. LANG must name an installed
    // locale (C.UTF-8 here, zh_CN is not installed): with a missing one Chromium falls back to ASCII
    // file names and saves a Chinese download as "download".
    env: { ...process.env, LANG: 'C.UTF-8', LANGUAGE: 'zh_CN:zh' },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Generous: the machine is shared, and a benchmark may be running beside the tests.
  page.setDefaultTimeout(30_000);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // A whole-page picture from the top: scrolled, the fixed app bar would be drawn mid-page.
  if (fullPage) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400); // the app bar slides back in when scrolled to the top
  }
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}

/** Words of three or more Latin letters on screen (a react-admin message left in English, a raw enum value). */
export async function latinWords(page: Page, allowed: RegExp = /^(CSV|Excel|xlsx|csv|EXCEL|XLSX)$/): Promise<string[]> {
  const text = await page.locator('#root').innerText();
  return [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])].filter((w) => !allowed.test(w));
}
