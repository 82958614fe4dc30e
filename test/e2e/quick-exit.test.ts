import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openPage } from './browser';

const NEUTRAL = 'https://www.yahoo.co.jp/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The neutral site is not reachable here: answer it locally so the navigation can complete. */
async function openWithNeutralSite(javaScriptEnabled = true) {
  const opened = await openPage(browser, { javaScriptEnabled });
  await opened.context.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>neutral</title><p>neutral</p>' }),
  );
  // Two pages of history: the top page, then the page the visitor leaves.
  await opened.page.goto(`${baseUrl}/`);
  await opened.page.goto(`${baseUrl}/prefectures/tokushima/`);
  return opened;
}

async function expectExitedWithoutBackToPage(page: Page) {
  await page.waitForURL(NEUTRAL);
  await page.goBack();
  // The exited page was replaced in history: Back skips it.
  expect(page.url()).toBe(`${baseUrl}/`);
}

describe('quick exit', () => {
  it('the button replaces the page with the neutral site', async () => {
    const { page, context } = await openWithNeutralSite();
    await page.getByRole('link', { name: 'すぐにこのページを離れる' }).click();
    await expectExitedWithoutBackToPage(page);
    await context.close();
  });

  it('pressing Shift three times leaves, announcing each press to screen readers', async () => {
    const { page, context } = await openWithNeutralSite();
    const status = page.locator('[data-quick-exit-status]');
    await page.keyboard.press('Shift');
    expect(await status.textContent()).toBe('Shiftキーをあと2回押すと、このページを離れます。');
    expect(await status.getAttribute('role')).toBe('status');
    await page.keyboard.press('Shift');
    expect(await status.textContent()).toBe('Shiftキーをあと1回押すと、このページを離れます。');
    await page.keyboard.press('Shift');
    await expectExitedWithoutBackToPage(page);
    await context.close();
  });

  it('Shift used to type capitals does not count as a press', async () => {
    const { page, context } = await openWithNeutralSite();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+A');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${baseUrl}/prefectures/tokushima/`);
    await context.close();
  });

  it('works as a keyboard-focusable link without JavaScript', async () => {
    const { page, context } = await openWithNeutralSite(false);
    const button = page.getByRole('link', { name: 'すぐにこのページを離れる' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(NEUTRAL);
    await context.close();
  });
});
