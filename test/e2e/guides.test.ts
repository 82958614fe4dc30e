import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const GUIDES: [string, string, RegExp][] = [
  ['/guide/victims/', '犯罪被害者', /あなたは悪くない/],
  ['/guide/medical/', '医療', /産婦人科/],
  ['/guide/municipal/', '窓口', /同意/],
  ['/guide/accessibility/', 'アクセシビリティ', /JIS X 8341-3/],
];

describe('guides', () => {
  it('each audience finds its guide from the top page in one tap', async () => {
    const { page, context } = await openPage(browser);
    for (const [path] of GUIDES.slice(0, 3)) {
      await page.goto(`${baseUrl}/`);
      await page.locator(`.entry-points a[href="${path}"]`).click();
      await page.waitForURL(`${baseUrl}${path}`);
    }
    await context.close();
  });

  it.each(GUIDES)('%s renders with its sources and is axe-clean', async (path, _title, text) => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}${path}`);
    expect(await page.locator('main').innerText()).toMatch(text);
    expect(await page.locator('#sources + .sources a').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each(GUIDES.slice(0, 3))('%s: 次のページ leads through every page of the guide, each with sources, marked in the page list, axe-clean', async (path) => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}${path}`);
    const list = page.getByRole('navigation', { name: 'このガイドのページ' });
    const titles = await list.getByRole('listitem').allInnerTexts();
    expect(titles.length).toBeGreaterThan(1);
    for (const [index, title] of titles.entries()) {
      expect(await list.locator('[aria-current="page"]').innerText()).toBe(title);
      expect(await page.locator('#sources + .sources a').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      const next = page.locator('.guide-next a');
      if (index === titles.length - 1) {
        expect(await next.count()).toBe(0);
      } else {
        const here = new URL(page.url()).pathname;
        await Promise.all([page.waitForURL((url) => url.pathname.startsWith(path) && url.pathname !== here), next.click()]);
      }
    }
    await context.close();
  });

  it('the route diagram is a captioned, ordered list a screen reader can follow', async () => {
    const { page, context } = await openPage(browser);
    for (const path of ['/guide/victims/route/', '/prefectures/tokushima/']) {
      await page.goto(`${baseUrl}${path}`);
      const figure = page.locator('figure.route-figure').first();
      expect(await figure.locator('figcaption').innerText()).toMatch(/流れ（\d段階）/);
      const steps = await figure.locator('ol > li > strong').allInnerTexts();
      expect(steps).toEqual(['相談受付', 'コーディネーター', '支援調整会議', '支援計画', '検証', '終結']);
    }
    await context.close();
  });
});
