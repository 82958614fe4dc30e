import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Pages in a PDF: each page object is "/Type /Page" (the tree root is "/Type /Pages"). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('printable referral sheets', () => {
  for (const slug of ['tokushima', 'fukuoka']) {
    it(`${slug}: fits one A4 page, carries the centre numbers and no form for personal data`, async () => {
      const { page, context } = await openPage(browser);
      await page.goto(`${baseUrl}/prefectures/${slug}/referral/`);
      expect(await page.locator('.referral-sheet :is(input, textarea, select)').count()).toBe(0);
      expect(await page.locator('a[href="tel:%238891"]').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pageCount(pdf)).toBe(1);
      await context.close();
    });
  }

  it('the municipal hand-over slip: one A4 page of blank lines and national numbers, no field to type into', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/guide/municipal/`);
    await page.getByRole('link', { name: /引き継ぎメモ/ }).click();
    await page.waitForURL(/\/guide\/municipal\/slip\/$/);
    expect(await page.locator('.referral-sheet :is(input, textarea, select)').count()).toBe(0);
    expect(await page.getByRole('rowheader').allTextContents()).toContain('紹介先の電話番号');
    for (const number of ['110', '%238891', '%239110']) expect(await page.locator(`.referral-sheet a[href="tel:${number}"]`).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(pageCount(await page.pdf({ format: 'A4', printBackground: false }))).toBe(1);
    await context.close();
  });
});
