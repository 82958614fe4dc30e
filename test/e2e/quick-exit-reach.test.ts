/**
 * On a phone the exit button is the only way out: at every scroll position of every page type, on phone,
 * tablet and desktop and at 200 % zoom, it must be on screen, uncovered and large enough to tap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { baseUrl, launch, openPage } from './browser';

const NEUTRAL = 'https://www.yahoo.co.jp/';

/** One page of each type: top, prefecture, municipality (with and without a window), organisation, guide, tools, data. */
const PAGE_TYPES = [
  '/',
  '/prefectures/tokyo/',
  '/prefectures/miyagi/041009/',
  '/prefectures/hokkaido/013439/',
  '/organisations/tokyo-sv-centre/',
  '/guide/victims/',
  '/guide/medical/departments/',
  '/check/',
  '/support/hankyu/',
  '/search/',
  '/data/status/',
  '/en/prefectures/tokyo/',
  '/yasashii/',
  '/en/check/',
  '/yasashii/support/hankyu/',
  '/en/guide/victims/route/',
  '/en/organisations/tokyo-sv-centre/',
  '/zh-hans/check/',
  '/vi/prefectures/tokyo/',
];

const phone = { hasTouch: true, isMobile: true, deviceScaleFactor: 3 };
const SIZES: Record<string, BrowserContextOptions> = {
  'phone portrait 390×844': { viewport: { width: 390, height: 844 }, ...phone },
  'phone landscape 844×390': { viewport: { width: 844, height: 390 }, ...phone },
  'tablet 768×1024': { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
  'desktop 1280×800': { viewport: { width: 1280, height: 800 } },
  // 200 % zoom of a 1280×800 window: half as many CSS pixels, each drawn twice as large.
  'desktop at 200 % zoom': { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Where the exit control is at the current scroll position, and what a tap at its centre would hit. */
function exitControlState(page: Page) {
  return page.evaluate(() => {
    const button = document.querySelector<HTMLElement>('[data-quick-exit]')!;
    const box = button.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    return {
      scrollY: Math.round(window.scrollY),
      inViewport: box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth,
      uncovered: hit !== null && button.contains(hit),
      width: box.width,
      height: box.height,
    };
  });
}

async function scrollTo(page: Page, where: 'top' | 'middle' | 'bottom') {
  await page.evaluate((where) => {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo({ top: where === 'top' ? 0 : where === 'middle' ? max / 2 : max, behavior: 'instant' });
  }, where);
  // Let a layout change caused by the scroll (if any) settle before measuring.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

describe('quick exit is in reach at every scroll position', () => {
  for (const [size, options] of Object.entries(SIZES)) {
    it(size, async () => {
      const { page, context } = await openPage(browser, options);
      const unreachable: string[] = [];
      for (const path of PAGE_TYPES) {
        await page.goto(`${baseUrl}${path}`);
        const scrollable = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
        expect(scrollable || path === '/search/', `${path} should be taller than the screen to test scrolling`).toBe(true);
        for (const where of ['top', 'middle', 'bottom'] as const) {
          await scrollTo(page, where);
          const state = await exitControlState(page);
          if (!state.inViewport || !state.uncovered || state.width < 44 || state.height < 44) {
            unreachable.push(`${path} at ${where} (y=${state.scrollY}): ${JSON.stringify(state)}`);
          }
        }
      }
      expect(unreachable).toEqual([]);
      await context.close();
    });
  }

  it('a tap at the bottom of each page type on a phone still replaces the page', async () => {
    for (const path of PAGE_TYPES) {
      const { page, context } = await openPage(browser, SIZES['phone portrait 390×844']);
      await context.route(`${NEUTRAL}**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>neutral</title><p>neutral</p>' }),
      );
      const before = path === '/' ? '/prefectures/' : '/';
      await page.goto(`${baseUrl}${before}`);
      await page.goto(`${baseUrl}${path}`);
      await scrollTo(page, 'bottom');
      await page.locator('[data-quick-exit]').tap();
      await page.waitForURL(NEUTRAL);
      await page.goBack();
      // The left page was replaced in history: Back goes to the page before it.
      expect(page.url(), path).toBe(`${baseUrl}${before}`);
      await context.close();
    }
  });

  it('is not printed', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/prefectures/tokyo/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-quick-exit]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the first screen on a phone still shows help', () => {
  /** True when the element's whole box is inside the 390×844 screen at the top of the page. */
  async function aboveTheFold(page: Page, selector: string) {
    const box = await page.locator(selector).first().boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= 844;
  }

  it('top page: 110', async () => {
    const { page, context } = await openPage(browser, SIZES['phone portrait 390×844']);
    await page.goto(`${baseUrl}/`);
    expect(await aboveTheFold(page, 'main a[href="tel:110"]')).toBe(true);
    await context.close();
  });

  it('prefecture page: the 110 notice and the first contact', async () => {
    const { page, context } = await openPage(browser, SIZES['phone portrait 390×844']);
    await page.goto(`${baseUrl}/prefectures/tokyo/`);
    expect(await aboveTheFold(page, 'main .notice:has(a[href="tel:110"])')).toBe(true);
    expect(await aboveTheFold(page, 'main .contact .contact__name')).toBe(true);
    await context.close();
  });

  it("municipality page: its window's name and number", async () => {
    const { page, context } = await openPage(browser, SIZES['phone portrait 390×844']);
    await page.goto(`${baseUrl}/prefectures/miyagi/041009/`);
    expect(await aboveTheFold(page, 'main h2')).toBe(true);
    expect(await aboveTheFold(page, 'main a[href^="tel:"]')).toBe(true);
    await context.close();
  });
});
