import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PAGES = ['/', '/prefectures/', '/prefectures/tokushima/', '/prefectures/fukuoka/', '/guide/safety/', '/no-such-page/'];

describe('privacy', () => {
  it('no request leaves the site, nothing is stored, no CSP violation', async () => {
    const { page, context, requests } = await openPage(browser);
    const cspErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    for (const path of PAGES) {
      await page.goto(`${baseUrl}${path}`);
      await page.waitForLoadState('networkidle');
      const storage = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
      expect(storage, path).toEqual({ cookie: '', local: 0, session: 0 });
    }
    expect(requests.length).toBeGreaterThan(PAGES.length);
    expect(requests.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(cspErrors).toEqual([]);
    await context.close();
  });

  it('every page sends no referrer and declares a CSP without unsafe-inline scripts', async () => {
    const { page, context } = await openPage(browser);
    for (const path of PAGES) {
      await page.goto(`${baseUrl}${path}`);
      expect(await page.getAttribute('meta[name="referrer"]', 'content'), path).toBe('no-referrer');
      const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(csp, path).toMatch(/default-src 'self'/);
      const scriptSrc = /script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';
      expect(scriptSrc, path).toContain("'self'");
      expect(scriptSrc, path).not.toContain('unsafe-inline');
    }
    await context.close();
  });
});
