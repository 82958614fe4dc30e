/** English, やさしい日本語, Chinese and Vietnamese: the visitor's path in each language, with the same numbers as the Japanese pages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage } from './browser';
import { leftoverJapanese } from '../../src/data-tools/page-text';
import { knownNames } from '../../src/data-tools/known-names';
import { loadContent } from '../../src/data-tools/load-content';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const TEMPLATES = ['/', '/prefectures/', '/prefectures/tokyo/', '/prefectures/tokyo/131130/', '/prefectures/kanagawa/141500/', '/guide/safety/', '/check/', '/support/', '/support/hankyu/', '/organisations/tokushima-police/', '/search/', '/guide/victims/', '/guide/victims/route/'];
const LANGS = [
  { prefix: '/en', htmlLang: 'en', exit: 'Leave this page now' },
  { prefix: '/yasashii', htmlLang: 'ja', exit: 'すぐに この ページを でる' },
  { prefix: '/zh-hans', htmlLang: 'zh-Hans', exit: '立即离开此页面' },
  { prefix: '/vi', htmlLang: 'vi', exit: 'Rời trang này ngay' },
];


describe('translated pages', () => {
  for (const { prefix, htmlLang, exit } of LANGS) {
    it(`${prefix}: right lang, a switch to the other languages, the Japanese page as authority, quick exit, axe clean`, async () => {
      const { page, context, requests } = await openPage(browser);
      for (const path of TEMPLATES) {
        await page.goto(`${baseUrl}${prefix}${path}`);
        expect(await page.getAttribute('html', 'lang'), path).toBe(htmlLang);
        // The switch goes to the same page in Japanese, and the page names the Japanese page as the authority.
        expect(await page.locator(`.language-switch a[href="${path}"]`).count(), path).toBe(1);
        expect(await page.locator(`.authority-notice a[href="${path}"]`).count(), path).toBe(1);
        expect(await page.locator(`link[rel="alternate"][hreflang="ja"]`).getAttribute('href'), path).toMatch(new RegExp(`${path.replaceAll('/', '\\/')}$`));
        // ルビ (<rt>) is part of the text: compare the button's text without it.
        expect(await page.locator('[data-quick-exit]').evaluate((a) => { const c = a.cloneNode(true) as HTMLElement; c.querySelectorAll('rt').forEach((rt) => rt.remove()); return c.textContent!.trim(); }), path).toBe(exit);
        expect(await axeViolations(page), `${prefix}${path}`).toEqual([]);
      }
      expect(requests.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
      await context.close();
    });
  }

  it('a translated prefecture page shows the same tel: numbers as the Japanese page', async () => {
    const { page, context } = await openPage(browser);
    const contactNumbers = () => page.locator('main .card-list a[href^="tel:"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')))].sort());
    for (const slug of ['tokyo', 'fukuoka', 'tokushima']) {
      await page.goto(`${baseUrl}/prefectures/${slug}/`);
      const japanese = await contactNumbers();
      expect(japanese.length, slug).toBeGreaterThan(0);
      for (const { prefix } of LANGS) {
        await page.goto(`${baseUrl}${prefix}/prefectures/${slug}/`);
        expect(await contactNumbers(), `${prefix} ${slug}`).toEqual(japanese);
      }
    }
    await context.close();
  });

  it('a translated municipality page shows the same window numbers as the Japanese page, under its romaji name', async () => {
    const { page, context } = await openPage(browser);
    const numbers = () => page.locator('main a[href^="tel:"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')))].sort());
    await page.goto(`${baseUrl}/prefectures/miyagi/041009/`);
    const japanese = await numbers();
    await page.goto(`${baseUrl}/en/prefectures/miyagi/041009/`);
    expect(await numbers()).toEqual(japanese);
    expect(await page.locator('h1').innerText()).toContain('Sendai City');
    // From the prefecture's page to the municipality's, in the same language.
    await page.goto(`${baseUrl}/en/prefectures/tokyo/`);
    await page.getByRole('link', { name: 'Hachioji City' }).click();
    await page.waitForURL(`${baseUrl}/en/prefectures/tokyo/132012/`);
    await context.close();
  });

  it('Japanese names inside an English page are marked lang="ja"', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/en/prefectures/tokyo/`);
    const names = await page.locator('main .contact__name a').evaluateAll((links) => links.map((a) => a.getAttribute('lang')));
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(['ja']));
    await context.close();
  });

  /** Text on the page that contains Japanese but is not inside an element marked lang="ja" (what a screen reader would read in an English voice). */
  const unmarkedJapanese = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('[lang="ja"], script, style, option, [hidden], noscript')) continue;
        if (/[ぁ-んァ-ン一-龯]/.test(node.textContent!)) found.push(node.textContent!.trim().slice(0, 60));
      }
      return found;
    });

  it('every Japanese term quoted in English text is marked lang="ja", on the pages and in the self-check results', async () => {
    const { page, context } = await openPage(browser);
    for (const path of ['/en/support/hankyu/', '/en/guide/victims/route/', '/en/prefectures/fukuoka/', '/en/organisations/tokushima-police/', '/vi/support/hankyu/', '/vi/guide/victims/route/', '/vi/prefectures/fukuoka/']) {
      await page.goto(`${baseUrl}${path}`);
      expect(await unmarkedJapanese(page), path).toEqual([]);
    }
    await page.goto(`${baseUrl}/en/check/`);
    await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
    await page.check('input[name="offence"][value="sexual"]');
    await page.selectOption('#residence', '40');
    await page.selectOption('#incident', '40');
    await page.click('.self-check button[type="submit"]');
    await page.locator('#scheme-hankyu').waitFor();
    expect(await unmarkedJapanese(page)).toEqual([]);
    await context.close();
  });

  it('the English top page shows the lines to call now, then those that help in other languages, and reaches a prefecture', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/en/`);
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings.slice(0, 2)).toEqual(['Call now', 'Help in languages other than Japanese']);
    expect(await page.locator('.language-lines a[href^="tel:"]').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: /^Tokushima/ }).click();
    await page.waitForURL(`${baseUrl}/en/prefectures/tokushima/`);
    expect(await page.locator('h1').innerText()).toContain('Tokushima');
    await context.close();
  });

  it('the Japanese pages of the path offer the translations', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/prefectures/tokyo/`);
    expect(await page.locator('.language-switch a[href="/en/prefectures/tokyo/"]').getAttribute('lang')).toBe('en');
    expect(await page.locator('.language-switch a[href="/yasashii/prefectures/tokyo/"]').count()).toBe(1);
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').count()).toBe(1);
    await context.close();
  });

  it('the self-check results in Chinese, Vietnamese and English carry no Japanese but names, citations and quoted terms', async () => {
    const names = knownNames(loadContent());
    const { page, context } = await openPage(browser);
    for (const [prefix, lang] of [['/en', 'en'], ['/zh-hans', 'zh-hans'], ['/vi', 'vi']] as const) {
      for (const walk of [{ offence: 'sexual', residence: '40' }, { offence: 'homicide', residence: '13' }]) {
        await page.goto(`${baseUrl}${prefix}/check/`);
        await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
        await page.check(`input[name="offence"][value="${walk.offence}"]`);
        await page.selectOption('#residence', walk.residence);
        await page.selectOption('#incident', walk.residence);
        await page.click('.self-check button[type="submit"]');
        await page.locator('[data-plan="calls"]').waitFor();
        expect(leftoverJapanese(await page.content(), lang, names), `${prefix} ${walk.offence}`).toEqual([]);
        // The island marks Japanese for screen readers; in Chinese only runs with kana are Japanese.
        if (lang === 'zh-hans') {
          // The runs the island itself marks: bare <span lang="ja"> in its text (names and citations are marked on purpose).
          const marked = await page.$$eval('.results span[lang="ja"]', (spans) =>
            spans.filter((s) => s.attributes.length === 1 && !s.closest('a, cite, .article-ref')).map((s) => s.textContent ?? ''),
          );
          expect(marked.filter((t) => !/[\u3040-\u30ff]/.test(t))).toEqual([]);
        }
      }
    }
    await context.close();
  });
});
