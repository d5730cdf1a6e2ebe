import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, startApiClient, type RunningApi } from './api-client';
import { startApi } from './api-server';
import { latinWords, openBrowser, screenshot } from './browser';

/**
 * One API and one browser page for a test file, started before its tests and closed after, with the
 * steps every console test needs. E2E_BASE_URL drives an API already running (development).
 */
export function useConsole(options: { env?: Record<string, string> } = {}) {
  const state: { api?: RunningApi; page?: Page; close?: () => Promise<void> } = {};
  const external = process.env.E2E_BASE_URL;
  beforeAll(async () => {
    state.api = external ? startApiClient(external) : await startApi(options.env);
    const b = await openBrowser();
    state.page = b.page;
    state.close = b.close;
  }, 240_000);
  afterAll(async () => {
    await state.close?.();
    await state.api?.stop();
  }, 60_000);

  const page = new Proxy({} as Page, {
    get: (_t, key) => {
      const value = Reflect.get(state.page!, key);
      return typeof value === 'function' ? value.bind(state.page) : value;
    },
  });
  const api: RunningApi = {
    get base() {
      return state.api!.base;
    },
    gql: (...args) => state.api!.gql(...args),
    get sql() {
      return state.api!.sql;
    },
    stop: () => state.api!.stop(),
  };
  const url = (p: string) => `${api.base}/admin${p}`;
  const menuItem = (name: string) => page.getByRole('menuitem', { name, exact: true });
  const rows = () => page.locator('table tbody tr');

  async function signIn(username: string) {
    await page.goto(url('/login'));
    await page.evaluate(() => localStorage.clear());
    await page.goto(url('/login'));
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await menuItem('数据看板').waitFor();
  }

  async function signOut() {
    await page.getByRole('button', { name: '个人信息' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL((u) => u.pathname.endsWith('/login'));
  }

  /** A screenshot for test-artifacts/, and no Latin words on screen (no English left over). */
  async function expectChinese(name: string, options: { fullPage?: boolean } = {}) {
    await screenshot(page, name, options);
    expect([name, await latinWords(page)]).toEqual([name, []]);
  }

  /**
   * What sticks out past the right edge of the screen (a phone's sideways scrolling): the outermost such
   * elements, described by tag, test id and text; empty when the page fits its width.
   */
  async function sidewaysOverflow(): Promise<string[]> {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      const out: string[] = [];
      for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= width + 1) continue;
        const parent = el.parentElement?.getBoundingClientRect();
        if (parent && parent.right > width + 1) continue; // report the outermost only
        const id = el.dataset.testid ? `[${el.dataset.testid}]` : '';
        out.push(`${el.tagName.toLowerCase()}${id}.${el.className}: ${(el.innerText ?? '').slice(0, 40)}`);
      }
      return out.slice(0, 10);
    });
  }

  /**
   * Types a date ('2025-07-13'), month ('2025-07') or time ('08:30') into the picker whose hidden input has
   * this name (ui/pickers.tsx), digit by digit as a user types into its sections (2025/07/13, 08:30).
   * `within` narrows the search (a dialog).
   */
  async function fillPicker(name: string, value: string, within = page.locator('body')): Promise<void> {
    const box = within.locator(`input[name="${name}"]`).locator('xpath=..'); // the sections' group
    const first = box.locator('[role=spinbutton]').first();
    await first.click(); // selects the first section; each full section moves on to the next
    await page.keyboard.type(value.replace(/\D/g, ''));
    await expectValue(box, name, value);
  }

  async function expectValue(box: ReturnType<Page['locator']>, name: string, value: string) {
    const shown = value.replaceAll('-', '/');
    const input = box.locator(`input[name="${name}"]`);
    for (let i = 0; i < 50 && (await input.inputValue()) !== shown; i++) await page.waitForTimeout(20);
    expect([name, await input.inputValue()]).toEqual([name, shown]);
  }

  async function listTotal(): Promise<number> {
    const text = await page
      .getByText(/共 \d+ 条/)
      .first()
      .innerText();
    return Number(/共 (\d+) 条/.exec(text)![1]);
  }

  return {
    api,
    page,
    url,
    menuItem,
    rows,
    signIn,
    signOut,
    expectChinese,
    listTotal,
    sidewaysOverflow,
    fillPicker,
  };
}
