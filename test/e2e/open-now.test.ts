/**
 * Who answers now, as a visitor sees it: with the clock fixed at night, in office hours and on a public
 * holiday, every line on a prefecture page is marked, the marks agree in every language and on a device
 * in another time zone, at least one line answers, and the first screen of a phone offers three lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { baseUrl, launch, openPage } from './browser';

const SUNDAY_2AM = '2026-12-13T02:00:00+09:00';
const TUESDAY_10AM = '2026-12-08T10:00:00+09:00';
const HOLIDAY_10AM = '2027-01-11T10:00:00+09:00'; // 成人の日
const LANG_PREFIXES = ['', '/en', '/yasashii', '/zh-hans', '/vi'];
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Each marked line on the page: its number, data-open and the words of its mark. */
async function marks(path: string, at: string, options: BrowserContextOptions = {}) {
  const { page, context, requests } = await openPage(browser, options);
  await page.clock.setFixedTime(new Date(at));
  await page.goto(`${baseUrl}${path}`);
  await page.waitForFunction(() => document.querySelectorAll('[data-hours]:not([data-open])').length === 0);
  const lines = await page.$$eval('main [data-hours]', (els) =>
    els.map((el) => ({
      number: el.querySelector('a[href^="tel:"]')?.getAttribute('href') ?? '',
      open: el.getAttribute('data-open'),
      mark: (el.querySelector('[data-now]') as HTMLElement | null)?.innerText ?? '',
    })),
  );
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
  await context.close();
  return { lines, requests, stored };
}

const openOf = (lines: { number: string; open: string | null }[], number: string) => lines.find((l) => l.number === `tel:${number}`)?.open;

describe('open now on a prefecture page', () => {
  it('Sunday 02:00: 24-hour lines are open, daytime lines closed with their next opening', async () => {
    const { lines } = await marks('/prefectures/tokushima/', SUNDAY_2AM);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.every((l) => ['yes', 'no', 'unknown'].includes(l.open!))).toBe(true);
    expect(openOf(lines, '110')).toBe('yes');
    expect(openOf(lines, '%238103')).toBe('yes');
    expect(openOf(lines, '0570783554')).toBe('no'); // 7:30–22:00
    expect(openOf(lines, '0570078374')).toBe('no'); // 法テラス: weekdays and Saturday
    expect(lines.find((l) => l.number === 'tel:0570783554')!.mark).toBe('受付時間外（次は今日7時30分から）');
    expect(openOf(lines, '%239110')).toBe('unknown');
  });

  it('Tuesday 10:00: daytime lines are open', async () => {
    const { lines } = await marks('/prefectures/tokushima/', TUESDAY_10AM);
    expect(openOf(lines, '0570783554')).toBe('yes');
    expect(openOf(lines, '0570078374')).toBe('yes');
  });

  it('on a public holiday morning, a line closed on holidays is closed and says it opens the next day', async () => {
    const { lines } = await marks('/prefectures/tokushima/', HOLIDAY_10AM);
    expect(openOf(lines, '0570078374')).toBe('no');
    expect(lines.find((l) => l.number === 'tel:0570078374')!.mark).toBe('受付時間外（次は明日9時から）');
    expect(openOf(lines, '0570783554')).toBe('yes');
  });

  it('the marks agree in every language, and read in each', async () => {
    for (const at of [SUNDAY_2AM, TUESDAY_10AM, HOLIDAY_10AM]) {
      const [ja, en, ...others] = await Promise.all(LANG_PREFIXES.map((prefix) => marks(`${prefix}/prefectures/fukuoka/`, at)));
      const opens = (r: typeof ja) => r.lines.map((l) => `${l.number} ${l.open}`);
      expect(opens(en)).toEqual(opens(ja));
      for (const other of others) expect(opens(other)).toEqual(opens(ja));
      expect(en.lines.map((l) => l.mark).join(' ')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      // Vietnamese marks are Vietnamese; Chinese ones carry no kana.
      expect(others[2].lines.map((l) => l.mark).join(' ')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(others[1].lines.map((l) => l.mark).join(' ')).not.toMatch(/[\u3040-\u30ff]/);
    }
  });

  it('a device in another time zone shows the same marks (Japan time)', async () => {
    const tokyo = await marks('/prefectures/tokushima/', SUNDAY_2AM, { timezoneId: 'Asia/Tokyo' });
    const losAngeles = await marks('/prefectures/tokushima/', SUNDAY_2AM, { timezoneId: 'America/Los_Angeles' });
    expect(losAngeles.lines).toEqual(tokyo.lines);
  });

  it('sends nothing and stores nothing', async () => {
    const { requests, stored } = await marks('/prefectures/tokushima/', SUNDAY_2AM);
    expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    expect(stored).toBe(0);
  });

  it('every prefecture page has at least one line that answers, at 2 a.m. on a Sunday and on a holiday morning', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/prefectures/`);
    const paths = await page.$$eval('main a[href^="/prefectures/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')!))].filter((h) => /^\/prefectures\/[a-z]+\/$/.test(h)));
    await context.close();
    expect(paths.length).toBe(47);
    for (const at of [SUNDAY_2AM, HOLIDAY_10AM]) {
      const { page: p, context: c } = await openPage(browser);
      await p.clock.setFixedTime(new Date(at));
      const silent: string[] = [];
      for (const path of paths) {
        await p.goto(`${baseUrl}${path}`);
        // The night and holiday section lists the prefecture's lines that answer outside office hours, and the national ones.
        await p.waitForFunction(() => document.querySelectorAll('[data-hours]:not([data-open])').length === 0);
        if ((await p.locator('#night ~ .line-list [data-open="yes"]').count()) === 0) silent.push(path);
      }
      await c.close();
      expect(silent, at).toEqual([]);
    }
  });

  it('without JavaScript the hours stay as text and nothing is marked', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/prefectures/tokushima/`);
    expect(await page.locator('[data-open]').count()).toBe(0);
    expect(await page.locator('.line-item__hours').first().innerText()).toContain('24時間');
    await context.close();
  });
});

describe('the first screen on a phone', () => {
  for (const prefix of LANG_PREFIXES) {
    it(`${prefix || '/'}: three lines to call below the header, 110 and #8891 among them, one answering now`, async () => {
      const { page, context } = await openPage(browser, PHONE);
      await page.clock.setFixedTime(new Date(SUNDAY_2AM));
      await page.goto(`${baseUrl}${prefix}/`);
      await page.waitForFunction(() => document.querySelectorAll('[data-hours]:not([data-open])').length === 0);
      const visible = await page.$$eval('main a[href^="tel:"]', (links) =>
        links
          .filter((a) => {
            const box = a.getBoundingClientRect();
            return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
          })
          .map((a) => ({ href: a.getAttribute('href'), open: a.closest('[data-hours]')?.getAttribute('data-open'), height: a.getBoundingClientRect().height })),
      );
      expect(visible.length).toBeGreaterThanOrEqual(3);
      expect(visible.map((v) => v.href)).toEqual(expect.arrayContaining(['tel:110', 'tel:%238891']));
      expect(visible.some((v) => v.open === 'yes')).toBe(true);
      expect(visible.every((v) => v.height >= 44)).toBe(true);
      await context.close();
    });
  }

  it('the folded menu opens by keyboard and shows the search box', async () => {
    const { page, context } = await openPage(browser, PHONE);
    await page.goto(`${baseUrl}/`);
    await expect(page.locator('#header-search-query').isVisible()).resolves.toBe(false);
    await page.locator('.site-menu__toggle').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#header-search-query').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
