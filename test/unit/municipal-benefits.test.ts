import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data-tools/load-content';
import { parseContent } from '../../src/schemas/describe-error';
import { municipalWindowSchema } from '../../src/schemas/municipality';

const source = { url: 'https://www.city.example.lg.jp/mimaikin.html', kind: 'government', checked: '2026-12-01' };
const benefit = {
  name: '犯罪被害者等見舞金',
  amounts: [
    { case: '遺族', yen: 300000 },
    { case: '重傷病', yen: 100000, text: '治療1か月以上' },
  ],
  conditions: [{ text: '犯罪被害を受けた時に市民であること' }],
  deadline: { months: 24, from: 'known', text: '被害を知った日から2年以内' },
  sources: [source],
};
const window = { name: 'テスト市', sources: [source], checked: '2026-12-01', benefits: [benefit] };

const errorOf = (data: unknown) => {
  try {
    parseContent('content/municipal-windows/x.yaml', municipalWindowSchema, data);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the content to be rejected');
};

describe('municipal 見舞金 schema', () => {
  it('accepts a well-formed benefit, and a window without benefits', () => {
    expect(parseContent('x.yaml', municipalWindowSchema, window).benefits?.[0].amounts[0].yen).toBe(300000);
    expect(parseContent('x.yaml', municipalWindowSchema, { ...window, benefits: undefined }).benefits).toBeUndefined();
  });

  it('rejects a benefit without sources, naming the field', () => {
    const { sources: _omit, ...withoutSources } = benefit;
    expect(errorOf({ ...window, benefits: [withoutSources] })).toBe(
      'content/municipal-windows/x.yaml: benefits.0.sources: 見舞金には出典（sources）が必要です',
    );
    expect(errorOf({ ...window, benefits: [{ ...benefit, sources: [] }] })).toBe(
      'content/municipal-windows/x.yaml: benefits.0.sources: 見舞金には出典（sources）が1件以上必要です',
    );
  });

  it('rejects an amount whose yen is not a number, naming the field', () => {
    const bad = { ...benefit, amounts: [{ case: '遺族', yen: '30万円' }] };
    expect(errorOf({ ...window, benefits: [bad] })).toBe(
      'content/municipal-windows/x.yaml: benefits.0.amounts.0.yen: 見舞金の金額 yen は円単位の数値で書いてください: "30万円"（例: 300000）',
    );
  });

  it('rejects a benefit without amounts, a zero amount and an unknown deadline start', () => {
    expect(errorOf({ ...window, benefits: [{ ...benefit, amounts: [] }] })).toMatch(/benefits\.0\.amounts: 見舞金には amounts/);
    expect(errorOf({ ...window, benefits: [{ ...benefit, amounts: [{ case: '遺族', yen: 0 }] }] })).toMatch(/benefits\.0\.amounts\.0\.yen: .*正の数/);
    expect(errorOf({ ...window, benefits: [{ ...benefit, deadline: { ...benefit.deadline, from: 'report' } }] })).toMatch(
      /benefits\.0\.deadline\.from: 申請期限の from は/,
    );
  });
});

describe('the committed 見舞金 content', () => {
  const content = loadContent();
  const withBenefits = [...content.municipalWindows].filter(([, w]) => (w.benefits ?? []).length > 0);

  it('has no schema errors', () => {
    expect(content.problems).toEqual([]);
  });

  it('records 見舞金 for 相模原市, 福岡市 and 市川市', () => {
    const codes = withBenefits.map(([code]) => code);
    for (const code of ['141500', '401307', '122033']) expect(codes).toContain(code);
  });

  it('gives every benefit at least one source and only positive whole-yen amounts', () => {
    for (const [code, w] of withBenefits) {
      for (const b of w.benefits!) {
        expect(b.sources.length, `${code} ${b.name}`).toBeGreaterThan(0);
        expect(b.amounts.length, `${code} ${b.name}`).toBeGreaterThan(0);
        for (const a of b.amounts) {
          expect(Number.isInteger(a.yen) && a.yen > 0, `${code} ${b.name} ${a.case}`).toBe(true);
        }
      }
    }
  });
});
