import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data-tools/load-content';
import { parseContent } from '../../src/schemas/describe-error';
import { municipalWindowSchema } from '../../src/schemas/municipality';
import { localScheme } from '../../src/domain/support/local';
import { EMPTY_SUPPORT_ANSWERS, evaluateScheme, type SupportAnswers } from '../../src/domain/support';
import { SUPPORT_PHRASES_JA } from '../../src/domain/support/phrases';

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

describe('a municipal 見舞金 judged like the national schemes', () => {
  const judged = parseContent('x.yaml', municipalWindowSchema, {
    ...window,
    benefits: [
      {
        ...benefit,
        criteria: [
          { type: 'offence', text: '人の生命・身体を害する故意の犯罪行為。交通事故は対象外', article: '要綱第2条', covered: ['homicide', 'assault'], unclear: ['dangerous-driving'] },
          { type: 'harm', text: '亡くなった、または治療1か月以上', article: '要綱第3条', routes: [{ text: '遺族', article: '要綱第3条', minHarm: 'death' }, { text: '重傷病', article: '要綱第3条', minHarm: 'injury-1m-to-3m' }] },
          { type: 'coverage-start', from: '2025-04-01', text: '令和7年4月1日以後の被害', article: '要綱附則' },
        ],
      },
    ],
  }).benefits![0];
  const place = { lgCode: '401307', prefCode: '40', name: '福岡市' };
  const scheme = localScheme(judged, place, 1, SUPPORT_PHRASES_JA, '{amount}円')!;
  const base: SupportAnswers = { ...EMPTY_SUPPORT_ANSWERS, offence: 'assault', harm: 'injury-1m-to-3m', residence: '40', municipality: '401307', incidentMonth: '2026-10' };
  const outcome = (answers: Partial<SupportAnswers>) => evaluateScheme(scheme, { ...base, ...answers }, '2026-12-07', SUPPORT_PHRASES_JA).outcome;

  it('takes its id from the municipality and states its amounts', () => {
    expect(scheme.id).toBe('401307-1');
    expect(scheme.conditions.map((c) => c.text)).toEqual(['遺族: 300,000円', '重傷病: 100,000円']);
  });
  it('a resident hurt in an assault may get it; a hit-and-run or a crime before it began does not', () => {
    expect(outcome({})).toBe('likely');
    expect(outcome({ offence: 'hit-and-run' })).toBe('outside-criteria');
    expect(outcome({ offence: 'dangerous-driving' })).toBe('unclear');
    expect(outcome({ incidentMonth: '2025-03' })).toBe('outside-criteria');
  });
  it('depends on where the person lived: another city or prefecture is outside, an unknown municipality unclear', () => {
    expect(outcome({ municipality: '402036' })).toBe('outside-criteria');
    expect(outcome({ residence: '13', municipality: 'unknown' })).toBe('outside-criteria');
    expect(outcome({ municipality: 'unknown' })).toBe('unclear');
  });
  it('is not judged at all while its rules are not recorded as criteria', () => {
    expect(localScheme({ ...judged, criteria: [] }, place, 1, SUPPORT_PHRASES_JA, '{amount}円')).toBeUndefined();
  });
  it('rejects a criterion that cites a page not among its sources', () => {
    const bad = { ...benefit, criteria: [{ type: 'coverage-start', from: '2025-04-01', text: 'x', article: 'y', source: 'https://elsewhere.example.jp/' }] };
    expect(errorOf({ ...window, benefits: [bad] })).toMatch(/benefits\.0\.criteria\.0\.source: source https:\/\/elsewhere\.example\.jp\/ が見舞金の出典/);
  });
});

describe('the committed 見舞金', () => {
  const content = loadContent();
  const places = new Map(content.municipalities.map((m) => [m.lgCode, m]));
  const schemeOf = (lgCode: string) => {
    const m = places.get(lgCode)!;
    return localScheme(content.municipalWindows.get(lgCode)!.benefits![0], { lgCode, prefCode: m.prefCode, name: m.name }, 1, SUPPORT_PHRASES_JA, '{amount}円')!;
  };
  const answers = (a: Partial<SupportAnswers>): SupportAnswers => ({ ...EMPTY_SUPPORT_ANSWERS, residence: '40', municipality: '401307', policeReport: 'yes', incidentMonth: '2026-10', relation: 'victim', ...a });

  it('福岡市 no longer promises money to a hit-and-run victim', () => {
    expect(evaluateScheme(schemeOf('401307'), answers({ offence: 'hit-and-run', harm: 'injury-1m-to-3m', vehicleKnown: 'no' }), '2026-12-07', SUPPORT_PHRASES_JA).outcome).toBe('outside-criteria');
    expect(evaluateScheme(schemeOf('401307'), answers({ offence: 'assault', harm: 'injury-1m-to-3m' }), '2026-12-07', SUPPORT_PHRASES_JA).outcome).toBe('likely');
  });
  it('every recorded 見舞金 is judged, and a threshold its source does not state is never more than unclear', () => {
    for (const [lgCode, window] of content.municipalWindows) for (const benefit of window.benefits ?? []) expect(benefit.criteria.length, `${lgCode} ${benefit.name}`).toBeGreaterThan(0);
    const sakaide = schemeOf('372030');
    const hurt = { ...answers({ offence: 'assault', harm: 'injury-3m-plus' }), residence: '37', municipality: '372030' };
    expect(evaluateScheme(sakaide, hurt, '2026-12-07', SUPPORT_PHRASES_JA).outcome).toBe('unclear');
  });
});

describe('a prefecture’s own 見舞金 (content/benefit-records)', () => {
  const content = loadContent();
  const tokyo = content.benefitRecords.get('130001')!;
  const scheme = localScheme(tokyo.benefits[0], { lgCode: '130001', prefCode: '13', name: '東京都' }, 1, SUPPORT_PHRASES_JA, '{amount}円')!;
  const bereaved: SupportAnswers = { ...EMPTY_SUPPORT_ANSWERS, offence: 'homicide', harm: 'death', relation: 'bereaved', residence: '13', municipality: '131016', incident: 'japan', policeReport: 'yes', incidentMonth: '2026-10' };
  const judge = (a: Partial<SupportAnswers>) => evaluateScheme(scheme, { ...bereaved, ...a }, '2026-12-07', SUPPORT_PHRASES_JA).outcome;

  it('東京都 pays every Tokyo resident, whatever the municipality, and no one elsewhere', () => {
    expect(scheme.id).toBe('130001-1');
    expect(judge({})).toBe('likely');
    expect(judge({ municipality: '132012' })).toBe('likely');
    expect(judge({ municipality: 'unknown' })).toBe('likely');
    expect(judge({ residence: '14', municipality: '141003' })).toBe('outside-criteria');
  });
  it('asks a year from the crime: a crime 13 months ago is past it', () => {
    expect(judge({ incidentMonth: '2025-11' })).toBe('outside-criteria');
  });
  it('a serious injury needs 3 days in hospital: unknown days leave it unclear', () => {
    expect(judge({ harm: 'injury-1m-to-3m', relation: 'victim', hospitalDays: 'unknown' })).toBe('unclear');
    expect(judge({ harm: 'injury-1m-to-3m', relation: 'victim', hospitalDays: '3-plus' })).toBe('likely');
  });
});

describe('a local payment’s reasons are worded in the visitor’s language', () => {
  it('the English reasons carry no Japanese but the payment’s and place’s names', async () => {
    const { checkEn } = await import('../../src/i18n/check-en');
    const content = loadContent();
    for (const [lgCode, window] of content.municipalWindows) {
      (window.benefits ?? []).forEach((benefit, i) => {
        const scheme = localScheme(benefit, { lgCode, prefCode: lgCode.slice(0, 2), name: 'X City' }, i + 1, checkEn.support, '{amount} yen')!;
        const answers: SupportAnswers = { ...EMPTY_SUPPORT_ANSWERS, offence: 'assault', harm: 'injury-1m-to-3m', residence: lgCode.slice(0, 2), municipality: lgCode, relation: 'victim', policeReport: 'no', incidentMonth: '2026-10' };
        const verdict = evaluateScheme(scheme, answers, '2026-12-07', checkEn.support);
        const words = [...verdict.checks.map((c) => c.text), verdict.deadline?.text ?? ''].join(' ').replaceAll(benefit.name, '');
        expect(words, `${lgCode} ${benefit.name}`).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      });
    }
  });
});

describe('a local payment in the self-check’s data', () => {
  it('travels without the articles that repeat its name and is read back unchanged', async () => {
    const { packLocal, unpackLocal } = await import('../../src/domain/support/local-pack');
    const content = loadContent();
    const tokyo = localScheme(content.benefitRecords.get('130001')!.benefits[0], { lgCode: '130001', prefCode: '13', name: '東京都' }, 1, SUPPORT_PHRASES_JA, '{amount}円')!;
    const packed = packLocal(tokyo);
    expect(JSON.stringify(packed)).not.toContain('"article"');
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(tokyo).length);
    expect(unpackLocal(JSON.parse(JSON.stringify(packed)))).toEqual(tokyo);
  });
});
