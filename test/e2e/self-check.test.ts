import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Tab to a control by its accessible name, pressing Tab only (no mouse, no direct focus). */
async function tabTo(page: Page, name: RegExp, max = 150) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : el.closest('fieldset')?.querySelector('legend')?.textContent;
      return `${label ?? ''} ${el.textContent ?? ''}`;
    });
    if (name.test(focused)) return;
  }
  throw new Error(`could not reach ${name} with Tab`);
}

/** The form is in the HTML from the start; Astro drops the island's ssr attribute once Preact has hydrated it. */
const hydrated = (page: Page) => page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });

/** Opens the finder in a language and waits until it can answer; what was requested up to then is the load. */
async function openFinder(path: string) {
  const opened = await openPage(browser);
  await opened.page.goto(`${baseUrl}${path}`);
  await opened.page.waitForLoadState('networkidle');
  await hydrated(opened.page);
  return { ...opened, url: opened.page.url(), requestsAtLoad: opened.requests.length };
}

/** A question of checkboxes by keyboard alone: Tab to its first box by the legend, then on to each box given (in order), pressing Space. */
async function tick(page: Page, legend: RegExp, boxes: number | number[]) {
  await tabTo(page, legend);
  let at = 0;
  for (const box of [boxes].flat()) {
    for (; at < box; at++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
  }
}

/** Answers by keyboard alone: for each question, Tab to it by its label and press ArrowDown so many times. */
async function answer(page: Page, steps: [RegExp, number][]) {
  for (const [label, downs] of steps) {
    await tabTo(page, label);
    for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
  }
}

/** After answering: nothing requested since load, URL unchanged, nothing stored, and axe clean. */
async function expectNothingSentOrKept({ page, requests, requestsAtLoad, url }: Awaited<ReturnType<typeof openFinder>>) {
  expect(requests.slice(requestsAtLoad)).toEqual([]);
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }))).toEqual({ cookie: '', local: 0, session: 0 });
  expect(await axeViolations(page)).toEqual([]);
}

describe('self-check (/check/)', () => {
  it('can be completed by keyboard alone, with no request, storage or URL change while answering', async () => {
    const { page, context, requests } = await openPage(browser);
    await page.goto(`${baseUrl}/check/`);
    await page.waitForLoadState('networkidle');
    await hydrated(page);
    const url = page.url();
    const historyLength = await page.evaluate(() => history.length);
    const requestsAtLoad = requests.length;

    // 1. offence (several may be ticked): Tab lands on 殺人, two more Tabs reach 性犯罪, Space ticks it
    await tick(page, /どのような被害/, 2);
    expect(await page.$$eval('input[name="offence"]:checked', (boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['sexual']);
    // 2. harm: from わからない, one step wraps to the first option (no injury)
    await tabTo(page, /いちばん重い被害/);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="harm"]:checked').inputValue()).toBe('none');
    // 3./4. residence and incident: the options run わからない, 01 … 47, so 福岡県 (40) is 40 steps down
    await tabTo(page, /住んでいる都道府県/);
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#residence').inputValue()).toBe('40');
    await tabTo(page, /起きた都道府県/);
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    // 5. police report: from わからない, one step wraps to はい
    await tabTo(page, /警察に被害を届け出ましたか/);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="policeReport"]:checked').inputValue()).toBe('yes');
    await tabTo(page, /結果を見る/);
    await page.keyboard.press('Enter');

    const heading = page.locator('.results h2').first();
    await heading.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('結果');
    const result = await page.locator('.results').innerText();
    expect(result).toContain('福岡県の多機関ワンストップサービス');
    expect(result).toContain('対象になる可能性が高いです');
    expect(result).toContain('第3条第1号');
    // The plan: the lines that fit a sexual-violence case, the local centre first, focus on the plan's heading.
    const calls = page.locator('[data-plan="calls"]');
    expect(await calls.locator('a[href="tel:%238891"]').count()).toBe(1);
    expect(await calls.locator('a[href="tel:%238103"]').count()).toBe(1);
    expect(await calls.locator('a[href="tel:0924098100"]').count()).toBe(1);
    expect(await page.locator('[data-plan="first"] a[href^="tel:"]').first().getAttribute('href')).toBe('tel:0924098100');
    expect(await page.locator('[data-plan="urgent"]').innerText()).toContain('72時間');
    // The schemes in the plan's order: no scheme judged outside comes before another, and those sit closed in one group.
    const outcomes = await page.$$eval('[data-scheme]', (els) => els.map((el) => el.getAttribute('data-outcome')));
    expect(outcomes.indexOf('outside-criteria')).toBeGreaterThan(outcomes.lastIndexOf('unclear'));
    expect(await page.locator('[data-plan="outside"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('[data-plan="outside"] .notice').count()).toBe(0);

    expect(requests.slice(requestsAtLoad)).toEqual([]);
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }))).toEqual({
      cookie: '',
      local: 0,
      session: 0,
    });

    // Clear answers: everything back to わからない, results gone.
    await tabTo(page, /回答を消す/);
    await page.keyboard.press('Enter');
    expect(await page.locator('input[name="offence"]:checked').inputValue()).toBe('unknown');
    expect(await page.locator('.results h2').count()).toBe(0);
    await context.close();
  });

  it('finds the nationwide schemes by keyboard: outcome, deadline from the month given, where to apply; nothing sent or kept', async () => {
    const finder = await openFinder('/check/');
    const { page, requests } = finder;
    // The rules arrive as one file at load, the same for every visitor.
    expect(requests.filter((r) => r.endsWith('/check/bundle.json'))).toHaveLength(1);

    // 性犯罪・性暴力, 福岡県; the questions the schemes need appear as they become relevant: 被害にあった本人, last year, March, はい.
    await tick(page, /どのような被害/, 2);
    await answer(page, [[/住んでいる都道府県/, 40], [/この制度を使うのはどなた/, 1], [/^年 /, 2], [/^月 /, 3], [/心の不調/, 1]]);
    const year = new Date().getFullYear() - 1;
    // Each question says why it is asked.
    expect(await page.locator('.question__why').first().innerText()).not.toBe('');
    await tabTo(page, /結果を見る/);
    await page.keyboard.press('Enter');

    const results = page.locator('.results');
    await results.locator('#scheme-hankyu').waitFor();
    const text = await results.innerText();
    expect(text).toContain('国の制度');
    // 犯給: 2 years from when the harm became known, counted here from the month given; its exception is stated.
    expect(await results.locator('#scheme-hankyu').locator('..').innerText()).toContain(`申請できるのは${year + 2}年3月頃まで`);
    expect(text).toContain('やむを得ない理由');
    // Where to apply: the police of the prefecture the visitor lives in.
    expect(text).toContain('福岡県の警察');
    // Every scheme gets a verdict and a link to its page with sources.
    expect(await results.locator('a[href^="/support/"]').count()).toBe(11);

    await expectNothingSentOrKept(finder);
    await finder.context.close();
  });

  it('in English: completed by keyboard, answered in English with the same numbers; nothing sent, stored or put in the URL', async () => {
    const finder = await openFinder('/en/check/');
    const { page, requests } = finder;
    // The English page loads the English bundle, once, and nothing else.
    expect(requests.filter((r) => r.endsWith('/en/check/bundle.json'))).toHaveLength(1);

    // Sexual crime or sexual violence, Fukuoka (40), the victim, last year, March.
    await tick(page, /What happened to you/, 2);
    await answer(page, [[/where the victim lives/, 40]]);
    expect(await page.locator('input[name="offence"]:checked').inputValue()).toBe('sexual');
    expect(await page.locator('#residence').inputValue()).toBe('40');
    await answer(page, [[/Who would use the scheme/, 1], [/^Year /, 2], [/^Month /, 3]]);
    await tabTo(page, /See the results/);
    await page.keyboard.press('Enter');

    const results = page.locator('.results');
    await results.locator('#scheme-hankyu').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Results');
    const text = await results.innerText();
    const year = new Date().getFullYear() - 1;
    expect(await results.locator('#scheme-hankyu').locator('..').innerText()).toContain(`You can apply until around March ${year + 2}`);
    expect(text).toContain('Nationwide schemes');
    expect(text).toContain('Police in Fukuoka');
    // Facts are the Japanese page's: the same tel: links, the articles cited in Japanese.
    expect(await results.locator('[data-plan="calls"] a[href="tel:%238891"]').count()).toBe(1);
    expect(await results.locator('[data-plan="calls"] a[href="tel:0924098100"]').count()).toBe(1);
    expect(text).toContain('犯給法第10条第3項');
    expect(await results.locator('a[href^="/en/support/"]').count()).toBe(11);

    await expectNothingSentOrKept(finder);
    await finder.context.close();
  });

  it('outside the criteria still says exceptions are possible and lists whom to call', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/check/`);
    await hydrated(page);
    await page.check('input[name="offence"][value="assault"]');
    await page.check('input[name="harm"][value="injury-under-1m"]');
    await page.selectOption('#residence', '36');
    await page.selectOption('#incident', '36');
    await page.click('.self-check button[type="submit"]');
    const text = await page.locator('.results').innerText();
    expect(text).toContain('基準にはあてはまらないようです');
    expect(text).toContain('特に必要と認めれば');
    expect(text).not.toMatch(/^対象外$/m);
    // Whom to call fits the case: a victim-support line, not the sexual-violence centre.
    const calls = page.locator('[data-plan="calls"]');
    expect(await calls.locator('a[href="tel:0570783554"]').count()).toBe(1);
    expect(await calls.locator('a[href="tel:0886235111"]').count()).toBe(0);
    await context.close();
  });

  it('evaluates both prefectures when the victim lives in one and it happened in the other', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/check/`);
    await hydrated(page);
    await page.check('input[name="offence"][value="homicide"]');
    await page.selectOption('#residence', '40');
    await page.selectOption('#incident', '36');
    await page.click('.self-check button[type="submit"]');
    const headings = await page.locator('.result h3').allInnerTexts();
    expect(headings.filter((h) => h.endsWith('多機関ワンストップサービス'))).toEqual(['福岡県の多機関ワンストップサービス', '徳島県の多機関ワンストップサービス']);
    await context.close();
  });

  it('never puts answers in the URL, even when pressed before its script has loaded', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`${baseUrl}/check/`);
    const historyLength = await page.evaluate(() => history.length);
    await page.check('input[name="offence"][value="sexual"]');
    await page.click('.self-check button[type="submit"]');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${baseUrl}/check/`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await context.close();
  });

  it("without JavaScript links to each prefecture's criteria tables instead", async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/check/`);
    expect(await page.locator('form:visible').count()).toBe(0);
    await page.getByRole('link', { name: '福岡県: だれが対象になるか' }).click();
    await page.waitForURL(`${baseUrl}/prefectures/fukuoka/#criteria-40`);
    expect(await page.locator('#criteria-40 ~ * table caption, .criteria table caption').allInnerTexts()).toEqual(['対象になる事件（第3条）']);
    await context.close();
  });

  it('is usable on a small phone and axe-clean before and after answering', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${baseUrl}/check/`);
    await hydrated(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.check('input[name="offence"][value="traffic"]');
    await page.selectOption('#residence', '36');
    await page.click('.self-check button[type="submit"]');
    await page.locator('.results h2').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/check-phone.png', fullPage: false });
    await context.close();
  });
});

/** Steps of a walk: tick (checkbox group, Tabs past its first box) or down (radio or select, ArrowDown presses). */
type Step = [RegExp, 'tick' | 'down', number | number[]];

/**
 * The walks of the 2026-12-07 review, by keyboard, each in its visitor's language: after the results
 * button, the plan's heading has focus at the top of the screen, and the first screen holds a line that
 * fits and the scheme that matters most. Nothing is sent, stored or put in the URL; axe is clean.
 */
describe('the visitors of the walk, by keyboard on a phone', () => {
  const walks: { who: string; path: string; steps: Step[]; submit: RegExp; first: string; scheme: string; never: string[] }[] = [
    {
      who: '1. a bereaved mother in Sapporo (homicide, March last year)',
      path: '/check/',
      steps: [[/どのような被害/, 'tick', 0], [/いちばん重い被害/, 'down', 5], [/住んでいる都道府県/, 'down', 1], [/起きた都道府県/, 'down', 1], [/届け出ましたか/, 'down', 1], [/使うのはどなた/, 'down', 3], [/^年 /, 'down', 2], [/^月 /, 'down', 3], [/あなた（遺族）は/, 'down', 1]],
      submit: /結果を見る/,
      first: 'tel:0570783554',
      scheme: 'hankyu',
      never: ['tel:0120756310', 'tel:0112420310', 'tel:0120677110'],
    },
    {
      who: '2. a hit-and-run in Fukuoka, the driver unknown',
      path: '/check/',
      steps: [[/どのような被害/, 'tick', 9], [/いちばん重い被害/, 'down', 3], [/住んでいる都道府県/, 'down', 40], [/起きた都道府県/, 'down', 40], [/届け出ましたか/, 'down', 1], [/使うのはどなた/, 'down', 1], [/^年 /, 'down', 1], [/^月 /, 'down', 10], [/相手の車/, 'down', 2]],
      submit: /結果を見る/,
      first: 'tel:%239110',
      scheme: 'seifu-hosho',
      never: ['tel:0924098100'],
    },
    {
      who: '3. a sexual assault last night in Tokushima: the 24-hour centre and the cost scheme first, emergency contraception urgent',
      path: '/check/',
      steps: [[/どのような被害/, 'tick', 2], [/いちばん重い被害/, 'down', 1], [/住んでいる都道府県/, 'down', 36], [/起きた都道府県/, 'down', 36], [/届け出ましたか/, 'down', 2], [/^年 /, 'down', 1], [/^月 /, 'down', 12]],
      submit: /結果を見る/,
      first: 'tel:0886235111',
      scheme: 'sexual-crime-public-expense',
      never: [],
    },
    {
      who: '4. an English-speaking resident of Tokyo, assaulted, in English',
      path: '/en/check/',
      steps: [[/What happened to you/, 'tick', 6], [/most serious harm/i, 'down', 3], [/where the victim lives/, 'down', 13], [/crime or accident happened/, 'down', 13], [/report it to the police/, 'down', 1]],
      submit: /See the results/,
      first: 'tel:0570078377',
      scheme: 'physical-crime-public-expense',
      never: ['tel:0355773899'],
    },
    {
      who: '5. a technical intern in Toyota, robbed and injured, in やさしい日本語',
      path: '/yasashii/check/',
      // 強盗 and 暴行・傷害: both ticked.
      steps: [[/どんな/, 'tick', [1, 6]], [/すんでいる/, 'down', 23], [/おきた/, 'down', 23], [/とどけ/, 'down', 1]],
      submit: /けっか/,
      first: 'tel:0570078377',
      scheme: 'physical-crime-public-expense',
      never: [],
    },
    {
      who: '5b. the same intern in Vietnamese (the site name takes four lines of the sticky bar)',
      path: '/vi/check/',
      steps: [[/Bạn đã bị hại/, 'tick', [1, 6]], [/nạn nhân đang sống/, 'down', 23], [/xảy ra vụ việc/, 'down', 23], [/trình báo/, 'down', 1]],
      submit: /Xem kết quả/,
      first: 'tel:0570078377',
      scheme: 'physical-crime-public-expense',
      never: [],
    },
  ];
  for (const walk of walks) {
    it(walk.who, async () => {
      const { page, context, requests } = await openPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      // A Tuesday morning in Japan: which lines answer now is part of the plan's order.
      await page.clock.setFixedTime(new Date('2026-12-08T10:00:00+09:00'));
      await page.goto(`${baseUrl}${walk.path}`);
      await page.waitForLoadState('networkidle');
      await hydrated(page);
      const url = page.url();
      const requestsAtLoad = requests.length;
      for (const [legend, kind, n] of walk.steps) {
        if (kind === 'tick') await tick(page, legend, n);
        else await answer(page, [[legend, n as number]]);
      }
      await tabTo(page, walk.submit);
      await page.keyboard.press('Enter');
      await page.locator('[data-plan="first"]').waitFor();
      // Focus on the plan's heading, at the top of the screen (below the sticky bar).
      const heading = await page.evaluate(() => ({ tag: document.activeElement?.tagName, top: document.activeElement?.getBoundingClientRect().top }));
      expect(heading.tag).toBe('H2');
      expect(heading.top).toBeLessThan(200);
      // Not under the sticky bar, however many lines the site's name takes in this language.
      expect(heading.top).toBeGreaterThanOrEqual(await page.locator('header.site-bar').evaluate((bar) => bar.getBoundingClientRect().bottom));
      // On the first screen: a line that fits, and the scheme that matters most.
      const first = page.locator('[data-plan="first"]');
      const box = await first.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
      expect(await first.locator('a[href^="tel:"]').first().getAttribute('href')).toBe(walk.first);
      expect(await first.locator('a[href^="#scheme-"]').getAttribute('href')).toBe(`#scheme-${walk.scheme}`);
      for (const href of walk.never) expect(await page.locator(`[data-plan="calls"] a[href="${href}"]`).count(), href).toBe(0);
      expect(requests.slice(requestsAtLoad)).toEqual([]);
      expect(page.url()).toBe(url);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
      if (walk.path === '/check/' && walk.first === 'tel:0886235111') expect(await page.locator('[data-plan="urgent"]').innerText()).toContain('72時間');
      expect(await axeViolations(page)).toEqual([]);
      // The plan prints on one A4 page, to take to a window.
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(1);
      await context.close();
    });
  }
});
