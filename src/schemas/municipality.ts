import { z } from 'astro/zod';
import { hasValidCheckDigit } from '../domain/municipalities-csv';
import { isoDate, phoneSchema, prefectureCode, requiredSources, searchLogSchema, sourceSchema } from './common';
import { criterionSchema } from './scheme';

const lgCode = z.string().refine(hasValidCheckDigit, {
  error: (issue) => `全国地方公共団体コードが正しくありません: ${JSON.stringify(issue.input)}（6桁、検査数字つき）`,
});

export const MUNICIPALITY_KINDS = ['市', '町', '村', '特別区', '政令指定都市', '行政区'] as const;

/** One row of content/municipalities.csv. */
export const municipalitySchema = z
  .object({
    lgCode,
    prefCode: prefectureCode,
    prefecture: z.string().min(1),
    name: z.string().min(1),
    reading: z.string().regex(/^[ぁ-ゖー]+$/, { error: 'reading はひらがなで書いてください' }),
    kind: z.enum(MUNICIPALITY_KINDS),
    /** For a 行政区: its 政令指定都市. Empty otherwise. */
    parentCode: z.union([lgCode, z.literal('')]),
    id: z.string(),
  })
  .strict()
  .superRefine((row, ctx) => {
    if (!row.lgCode.startsWith(row.prefCode)) ctx.addIssue({ code: 'custom', path: ['prefCode'], message: `lgCode ${row.lgCode} と prefCode ${row.prefCode} が一致しません` });
    if ((row.kind === '行政区') !== (row.parentCode !== '')) ctx.addIssue({ code: 'custom', path: ['parentCode'], message: '行政区だけが parentCode（政令指定都市のコード）を持ちます' });
  });
export type Municipality = z.infer<typeof municipalitySchema>;

/** One amount of a 見舞金・支援金: who it is for (遺族, 重傷病 …) and how much, as the source says. */
export const benefitAmountSchema = z
  .object({
    /** The case the amount is for, in the source's words (遺族, 重傷病（入院3日以上）, 性犯罪 …). */
    case: z.string({ error: '見舞金の金額（amounts）には case（遺族・重傷病など）が必要です' }).min(1, { error: '見舞金の金額の case が空です' }),
    yen: z
      .number({ error: (issue) => `見舞金の金額 yen は円単位の数値で書いてください: ${JSON.stringify(issue.input)}（例: 300000）` })
      .int({ error: '見舞金の金額 yen は整数（円単位）で書いてください' })
      .positive({ error: '見舞金の金額 yen は正の数で書いてください' }),
    /** A qualifier the source gives with the amount (加療1か月以上 …). */
    text: z.string().min(1).optional(),
  })
  .strict();

/** A condition for the payment (residence at the time, crimes covered, start date …), citing its article where known. */
export const benefitConditionSchema = z
  .object({
    text: z.string({ error: '見舞金の条件（conditions）には text が必要です' }).min(1, { error: '見舞金の条件の text が空です' }),
    article: z.string().min(1).optional(),
  })
  .strict();

export const BENEFIT_DEADLINE_FROM = ['incident', 'death', 'known'] as const;

/** A municipal 見舞金・支援金 for crime victims, as its public source states it. */
export const municipalBenefitSchema = z
  .object({
    /** The payment's name as the municipality writes it (犯罪被害者等見舞金, 犯罪被害者等支援金 …). */
    name: z.string({ error: '見舞金には name（名称）が必要です' }).min(1, { error: '見舞金の name が空です' }),
    amounts: z
      .array(benefitAmountSchema, { error: '見舞金には amounts（金額の一覧）が必要です' })
      .min(1, { error: '見舞金には amounts（金額）が1件以上必要です' }),
    conditions: z.array(benefitConditionSchema, { error: '見舞金の conditions は条件の一覧で書いてください' }).default([]),
    /** The application deadline, where the source states it. */
    deadline: z
      .object({
        months: z.number({ error: '申請期限（deadline）の months は月数の数値で書いてください' }).int().positive({ error: '申請期限の months は正の整数です' }),
        from: z.enum(BENEFIT_DEADLINE_FROM, { error: '申請期限の from は incident（犯罪の日）/ death（死亡の日）/ known（知った日）のいずれかです' }),
        /** The deadline in the site's words, with any exception the source names. */
        text: z.string({ error: '申請期限（deadline）には text が必要です' }).min(1),
        article: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    /** How and where to apply, where the source says. */
    apply: z.string().min(1).optional(),
    /**
     * The rules as the self-check judges them, in the national schemes' criterion shapes (offence, harm,
     * coverage-start, prerequisite, relation); where the municipality lives is added from the file itself.
     */
    criteria: z.array(criterionSchema).default([]),
    sources: requiredSources('見舞金'),
  })
  .strict()
  .superRefine((benefit, ctx) => {
    const urls = new Set(benefit.sources.map((s) => s.url));
    benefit.criteria.forEach((c, i) => {
      if (c.source && !urls.has(c.source)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'source'], message: `source ${c.source} が見舞金の出典（sources）にありません` });
    });
  });
export type MunicipalBenefit = z.infer<typeof municipalBenefitSchema>;

/** A municipality's 総合的対応窓口 where a public source names it. Keyed by lgCode. */
export const municipalWindowSchema = z
  .object({
    name: z.string().min(1),
    /** The window's department, where the source names it. */
    department: z.string().min(1).optional(),
    phones: z.array(phoneSchema).default([]),
    sources: requiredSources('窓口の情報'),
    checked: isoDate,
    notes: z.string().optional(),
    /** Searches made for what is still unknown (a number, a window). */
    searches: z.array(searchLogSchema).default([]),
    /** The municipality's 見舞金・支援金 for crime victims, where a public source states the rules. */
    benefits: z.array(municipalBenefitSchema, { error: 'benefits は見舞金の一覧（配列）で書いてください' }).optional(),
  })
  .strict();
export type MunicipalWindow = z.infer<typeof municipalWindowSchema>;

/** The official list of 中核市 (content/national/core-cities.yaml): which cities count as big cities for the worklist. */
export const coreCitiesSchema = z
  .object({
    /** The date the source says the list is valid for. */
    asOf: isoDate.optional(),
    source: sourceSchema,
    /** 団体コード of each 中核市 the source names. */
    cities: z.array(lgCode).min(1, { error: '中核市（cities）を1つ以上書いてください' }),
  })
  .strict();
export type CoreCities = z.infer<typeof coreCitiesSchema>;

/**
 * Searches made for the window of a municipality that has no window file yet (nothing found to write one
 * from): content/national/window-searches.yaml, keyed by 団体コード, so nobody repeats them blindly.
 */
export const windowSearchesSchema = z.record(lgCode, z.array(searchLogSchema).min(1));
export type WindowSearches = z.infer<typeof windowSearchesSchema>;

export const BENEFIT_STATUSES = ['present', 'absent', 'unknown'] as const;

/**
 * Whether a prefecture or a big city pays its own 見舞金・支援金, as a record for the worklist and the
 * self-check: content/benefit-records/<団体コード>.yaml (a prefecture's code is its 6-digit 団体コード,
 * 東京都 130001). A city's payments themselves live in its window file (`benefits`); a prefecture's here.
 * present: a source states the payment; absent: a source on the municipality's support says what it
 * offers and no payment is among it; unknown: searched (recorded) and not settled.
 */
export const benefitRecordSchema = z
  .object({
    name: z.string({ error: 'name（都道府県・市区町村の名前）が必要です' }).min(1),
    status: z.enum(BENEFIT_STATUSES, { error: 'status は present（あり）/ absent（なし）/ unknown（不明）のいずれかです' }),
    /** What the sources say, in a sentence (the payment in brief, or what the support consists of). */
    summary: z.string().min(1).optional(),
    /** A prefecture's own payments, with their rules; a city's go in its window file. */
    benefits: z.array(municipalBenefitSchema, { error: 'benefits は見舞金の一覧（配列）で書いてください' }).default([]),
    sources: z.array(sourceSchema).default([]),
    searches: z.array(searchLogSchema).default([]),
    checked: isoDate,
  })
  .strict()
  .superRefine((record, ctx) => {
    if (record.status !== 'unknown' && record.sources.length === 0)
      ctx.addIssue({ code: 'custom', path: ['sources'], message: `status: ${record.status} には、それを示す出典（sources）が1件以上必要です` });
    if (record.status === 'unknown' && record.searches.length === 0)
      ctx.addIssue({ code: 'custom', path: ['searches'], message: 'status: unknown には、探した記録（searches）が1件以上必要です' });
    if (record.status !== 'present' && record.benefits.length > 0)
      ctx.addIssue({ code: 'custom', path: ['benefits'], message: `status: ${record.status} の記録に benefits（見舞金）は書けません` });
  });
export type BenefitRecord = z.infer<typeof benefitRecordSchema>;
