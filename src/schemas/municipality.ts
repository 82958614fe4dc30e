import { z } from 'astro/zod';
import { hasValidCheckDigit } from '../domain/municipalities-csv';
import { isoDate, phoneSchema, prefectureCode, requiredSources, searchLogSchema } from './common';

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
  })
  .strict();
export type MunicipalWindow = z.infer<typeof municipalWindowSchema>;
