import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Press Tab until the focused link has this exact text, then follow it with Enter. */
async function followLinkByKeyboard(page: Page, text: string) {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`no link "${text}" reachable by Tab`);
}

describe('directory', () => {
  it('top page → prefecture → municipality, by keyboard alone', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await followLinkByKeyboard(page, '徳島県');
    await page.waitForURL(`${baseUrl}/prefectures/tokushima/`);
    await followLinkByKeyboard(page, '鳴門市');
    await page.waitForURL(`${baseUrl}/prefectures/tokushima/362026/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('総合的対応窓口');
    expect(text).toContain('088-623-5111');
    await context.close();
  });

  it('a municipality with a sourced window shows it with its source', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/prefectures/miyagi/041009/`);
    expect(await page.locator('main a[href="tel:0222146151"]').count()).toBe(1);
    expect(await page.locator('main .sources a[href*="city.sendai.jp"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('one page of each template is axe-clean', async () => {
    const { page, context } = await openPage(browser);
    for (const path of ['/prefectures/hokkaido/', '/prefectures/hokkaido/011002/', '/organisations/tokushima-yorisoi-no-ki/', '/data/', '/data/status/', '/prefectures/tokushima/referral/']) {
      await page.goto(`${baseUrl}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});
