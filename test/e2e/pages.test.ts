import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PAGES = ['/', '/prefectures/', '/prefectures/tokushima/', '/prefectures/fukuoka/', '/guide/safety/', '/support/', '/support/hankyu/', '/support/shien-bengoshi/'];

describe('pages render in Japanese with their content', () => {
  it('top page offers the national lines and the prefecture list', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.locator('a[href="tel:%238891"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="tel:110"]').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: '徳島県' }).first().click();
    await page.waitForURL(`${baseUrl}/prefectures/tokushima/`);
    await context.close();
  });

  it('Tokushima: scheme, 施行日 in 和暦 and 西暦, published centre numbers, unknowns stated', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/prefectures/tokushima/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('徳島県犯罪被害者等支援多機関ワンストップサービス実施要綱');
    expect(text).toContain('令和8年3月16日（2026年）');
    expect(text).toContain('支援調整会議');
    expect(await page.locator('.contact a[href="tel:0886235111"]').count()).toBe(1);
    // A 24-hour line is also among those that answer at night and at weekends.
    expect(await page.locator('#night ~ .line-list a[href="tel:0886235111"]').count()).toBe(1);
    // The support centre's only number is from 2009 (stale): never offered as a number to call.
    expect(await page.locator('a[href="tel:0886787830"]').count()).toBe(0);
    expect(text).toContain('直通番号は確認中です');
    expect(text).toContain('#9110');
    await context.close();
  });

  it('Fukuoka: coordinator run by the centre, 12-month period, superseded number hidden', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/prefectures/fukuoka/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('福岡県犯罪被害者等に対する連携支援実施要領');
    expect(text).toContain('令和7年7月1日（2025年）');
    expect(text).toContain('12か月');
    expect(await page.locator('.contact a[href="tel:0924098100"]').count()).toBe(1);
    expect(await page.locator('a[href="tel:0927620799"]').count()).toBe(0);
    await context.close();
  });

  it('every page has a skip link, one h1 and a quick exit', async () => {
    const { page, context } = await openPage(browser);
    for (const path of PAGES) {
      await page.goto(`${baseUrl}${path}`);
      expect(await page.locator('h1').count(), path).toBe(1);
      expect(await page.locator('a.skip-link[href="#main"]').count(), path).toBe(1);
      expect(await page.locator('[data-quick-exit]').isVisible(), path).toBe(true);
    }
    await context.close();
  });

  it('axe-core finds no WCAG 2.2 A/AA violations', async () => {
    const { page, context } = await openPage(browser);
    for (const path of PAGES) {
      await page.goto(`${baseUrl}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  });

  it('a phone-sized viewport needs no horizontal scrolling', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    for (const path of PAGES) {
      await page.goto(`${baseUrl}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
