import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage } from './browser';

let browser: Browser;
let page: Page;
let requests: string[];
beforeAll(async () => {
  browser = await launch();
  ({ page, requests } = await openPage(browser));
  await page.goto(`${baseUrl}/search/`);
  await page.waitForFunction(() => customElements.get('site-search'));
});
afterAll(() => browser?.close());

async function search(query: string, filters: { kind?: string; prefecture?: string } = {}): Promise<string[]> {
  await page.selectOption('#search-kind', filters.kind ?? '');
  await page.selectOption('#search-prefecture', filters.prefecture ?? '');
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === q && !document.querySelector('[data-search-status]')?.textContent?.includes('検索しています'),
    query,
  );
  return page.$$eval('[data-search-results] a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Queries people type, and a page that must be among the first three results. */
const GOLDEN: [string, string][] = [
  ['札幌市', '/prefectures/hokkaido/011002/'],
  ['さっぽろ', '/prefectures/hokkaido/011002/'],
  ['かごしま', '/prefectures/kagoshima/'],
  ['鹿児島県', '/prefectures/kagoshima/'],
  ['はちおうじ', '/prefectures/tokyo/132012/'],
  ['八王子', '/prefectures/tokyo/132012/'],
  ['とくしま', '/prefectures/tokushima/'],
  ['徳島', '/prefectures/tokushima/'],
  ['ふくおか', '/prefectures/fukuoka/'],
  ['#8891', '/'],
  ['８８９１', '/'],
  // A hit-and-run victim's own scheme (政府保障事業) before the prefectures whose rules list the offence.
  ['ひき逃げ', '/support/seifu-hosho/'],
  ['犯罪被害給付', '/support/hankyu/'],
  ['よりそいの樹', '/organisations/tokushima-yorisoi-no-ki/'],
  ['産婦人科', '/guide/medical/'],
  ['交通事故', '/check/'],
];

/** A prefecture with a topic: that prefecture's page comes first. */
const PLACE_AND_TOPIC: [string, string][] = [
  ['福岡県 支援調整会議', '/prefectures/fukuoka/'],
  ['支援調整会議 徳島', '/prefectures/tokushima/'],
  ['京都 性暴力', '/prefectures/kyoto/'],
];

describe('Japanese search', () => {
  it.each(GOLDEN)('%s → %s in the top three', async (query, expected) => {
    const top = (await search(query)).slice(0, 3);
    expect(top).toContain(expected);
  });

  it.each(PLACE_AND_TOPIC)('%s → %s first', async (query, expected) => {
    expect((await search(query))[0]).toBe(expected);
  });

  it('filters by kind and by prefecture, and shows both in each result', async () => {
    const municipalities = await search('とくしま', { kind: '市区町村', prefecture: '徳島県' });
    expect(municipalities.length).toBeGreaterThan(0);
    expect(municipalities.every((path) => path.startsWith('/prefectures/tokushima/36'))).toBe(true);
    expect(await page.locator('[data-search-results] li .article-ref').first().innerText()).toBe('市区町村・徳島県');
  });

  it('shows ten results at a time; さらに表示 adds the next ten and moves focus to the first of them', async () => {
    const first = await search('性暴力');
    expect(first).toHaveLength(10);
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/^\d+件見つかりました。10件を表示しています。$/);
    await page.click('[data-search-more]');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 10);
    const links = page.locator('[data-search-results] a');
    expect((await links.allInnerTexts()).slice(0, 10)).toEqual(await Promise.all(first.map(async (_, i) => links.nth(i).innerText())));
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('[data-search-results] a')[10])).toBe(true);
  });

  it('keeps the query out of the URL and sends nothing off the site', async () => {
    await search('性暴力');
    expect(page.url()).toBe(`${baseUrl}/search/`);
    expect(requests.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('header search box', () => {
  it('loads no search code with the page; the first search shows results under the box, URL unchanged', async () => {
    const opened = await openPage(browser);
    const scripts: string[] = [];
    opened.page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await opened.page.goto(`${baseUrl}/prefectures/tokushima/`, { waitUntil: 'networkidle' });
    // The page's own script (who answers now) loads; the search code and index wait for a search.
    const searchModule = await opened.page.locator('header-search').getAttribute('data-module');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => path === searchModule || path.includes('pagefind'))).toEqual([]);
    await opened.page.getByLabel('サイト内検索').fill('さっぽろ');
    await opened.page.keyboard.press('Enter');
    const results = opened.page.getByRole('region', { name: '検索結果' });
    await results.getByRole('link', { name: '札幌市' }).waitFor();
    expect(await results.getByRole('status').innerText()).toMatch(/件見つかりました/);
    expect(opened.page.url()).toBe(`${baseUrl}/prefectures/tokushima/`);
    expect(await axeViolations(opened.page)).toEqual([]);
    // A second search reuses the loaded code.
    const before = scripts.length;
    await opened.page.getByLabel('サイト内検索').fill('性暴力');
    await opened.page.keyboard.press('Enter');
    await opened.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-header-results] ol')?.dataset.query === '性暴力');
    expect(scripts.filter((path) => path.startsWith('/_astro/'))).toHaveLength(before);
    await opened.context.close();
  });

  it('is absent without JavaScript, where the header still leads to the directory', async () => {
    const opened = await openPage(browser, { javaScriptEnabled: false });
    await opened.page.goto(`${baseUrl}/`);
    expect(await opened.page.getByLabel('サイト内検索').isVisible()).toBe(false);
    expect(await opened.page.getByRole('navigation', { name: 'サイト内' }).getByRole('link', { name: '都道府県から探す' }).isVisible()).toBe(true);
    await opened.context.close();
  });
});

/** A search on another language's search page: the paths of the results. */
async function searchIn(prefix: string, query: string): Promise<string[]> {
  const opened = await openPage(browser);
  await opened.page.goto(`${baseUrl}${prefix}/search/`);
  await opened.page.waitForFunction(() => customElements.get('site-search'));
  await opened.page.fill('#search-query', query);
  await opened.page.press('#search-query', 'Enter');
  await opened.page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === q, query);
  const paths = await opened.page.$$eval('[data-search-results] a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(opened.requests.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
  await opened.context.close();
  return paths;
}

/** English: romaji place names and English words find the English pages. */
const GOLDEN_EN: [string, string][] = [
  ['tokushima', '/en/prefectures/tokushima/'],
  ['sapporo', '/en/prefectures/hokkaido/011002/'],
  ['Hachioji', '/en/prefectures/tokyo/132012/'],
  ['kagoshima', '/en/prefectures/kagoshima/'],
  ['lawyer', '/en/support/shien-bengoshi/'],
  ['hit-and-run', '/en/support/seifu-hosho/'],
  ['benefit', '/en/support/hankyu/'],
  ['coordinator', '/en/guide/victims/route/'],
];
/** やさしい日本語: its own pages, never the Japanese ones. */
const GOLDEN_YASASHII: [string, string][] = [
  ['さっぽろ', '/yasashii/prefectures/hokkaido/011002/'],
  ['とくしま', '/yasashii/prefectures/tokushima/'],
  ['弁護士', '/yasashii/support/'],
];

describe('search in English, やさしい日本語, Chinese and Vietnamese', () => {
  it.each(GOLDEN_EN)('/en/search/: %s → %s in the top three', async (query, expected) => {
    const paths = await searchIn('/en', query);
    expect(paths.slice(0, 3), paths.slice(0, 5).join(' ')).toContain(expected);
    expect(paths.filter((p) => p.startsWith('/prefectures/') || p.startsWith('/support/'))).toEqual([]);
  });
  it.each([
    ['/zh-hans', '徳島', '/zh-hans/prefectures/tokushima/'],
    ['/zh-hans', '札幌', '/zh-hans/prefectures/hokkaido/011002/'],
    ['/vi', 'tokushima', '/vi/prefectures/tokushima/'],
    ['/vi', 'luật sư', '/vi/support/'],
  ])('%s/search/: %s → a page in that language first (%s)', async (prefix, query, expected) => {
    const paths = await searchIn(prefix, query);
    expect(paths.slice(0, 3).some((p) => p.startsWith(expected)), paths.slice(0, 5).join(' ')).toBe(true);
    expect(paths.filter((p) => !p.startsWith(`${prefix}/`))).toEqual([]);
  });
  it.each(GOLDEN_YASASHII)('/yasashii/search/: %s → a /yasashii/ page first (%s)', async (query, expected) => {
    const paths = await searchIn('/yasashii', query);
    expect(paths.slice(0, 3).some((p) => p.startsWith(expected))).toBe(true);
    expect(paths.filter((p) => !p.startsWith('/yasashii/') && !p.startsWith('/organisations/'))).toEqual([]);
  });
});
