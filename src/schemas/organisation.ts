import { z } from 'astro/zod';
import { isoDate, phoneSchema, prefectureCode, requiredSources, searchLogSchema, translationsOf } from './common';

const readingSchema = z.string().regex(/^[ぁ-ゖー]+( [ぁ-ゖー]+)*$/, { error: 'reading は名前の読みをひらがなで書いてください（語の区切りは半角スペース）' });

/** A centre, a police line or a government window: written once, referenced by prefectures. */
export const organisationSchema = z
  .object({
    name: z.string().min(1),
    /**
     * The name's reading in hiragana (words apart with a space), so that pages in other languages show the
     * Japanese name with ルビ or romaji: a caller must say the name as people there say it.
     */
    reading: readingSchema.optional(),
    kind: z.enum(['sv-centre', 'support-centre', 'police', 'prefecture-window'], {
      error: 'kind は sv-centre / support-centre / police / prefecture-window のいずれかです',
    }),
    /** The prefectures it serves. */
    prefectures: z.array(prefectureCode).min(1, { error: '対象の都道府県（prefectures）を1つ以上書いてください' }),
    nickname: z.string().optional(),
    website: z.url({ protocol: /^https?$/ }).optional(),
    /** 犯罪被害者等早期援助団体 (designated by the prefectural public safety commission), where a source says so. */
    designatedEarlyAssistance: z.boolean().optional(),
    hours: z.string().optional(),
    /** Areas or other details worth knowing before calling. */
    description: z.string().optional(),
    phones: z.array(phoneSchema).default([]),
    sources: requiredSources('団体の情報'),
    checked: isoDate,
    notes: z.string().optional(),
    /** Searches made for what is still unknown (a number, a window). */
    searches: z.array(searchLogSchema).default([]),
  })
  .strict();
export type Organisation = z.infer<typeof organisationSchema>;

/** National lines (#8891, 110, #9110 …) shown in every footer and as the fallback route. */
export const nationalLineSchema = z
  .object({
    name: z.string().min(1),
    /** Who should call it, in plain Japanese. */
    purpose: z.string().min(1),
    /** A few words for the first screen's buttons (「性暴力の相談」), where the line is one of them. */
    short: z.string().min(1).optional(),
    phones: z.array(phoneSchema).min(1),
    hours: z.string().optional(),
    order: z.number().int(),
    /** Listed in every page's footer; a line for one kind of need (legal) is shown where that need is the subject. */
    footer: z.boolean().default(true),
    checked: isoDate,
    /** The line's name, purpose, hours and phone labels in other languages (keyed by the number as written). */
    translations: translationsOf({ name: z.string().min(1), purpose: z.string().min(1), short: z.string().min(1), hours: z.string().min(1), phoneLabels: z.record(z.string(), z.string().min(1)) }),
  })
  .strict();
export type NationalLine = z.infer<typeof nationalLineSchema>;

/** A line that helps people who do not read Japanese (content/national/language-lines.yaml). */
export const languageLineSchema = z
  .object({
    /** As the organisation writes it in Japanese. */
    name: z.string().min(1),
    /** The name's reading in hiragana, as for organisations. */
    reading: readingSchema.optional(),
    /** Only where the organisation itself publishes an English name. */
    nameEn: z.string().min(1).optional(),
    /** The languages its source lists, in English. */
    languages: z.array(z.string().min(1)).default([]),
    /** The source's list was cut off: say "including". */
    languagesPartial: z.boolean().default(false),
    purpose: z.string().min(1),
    translations: translationsOf({ purpose: z.string().min(1) }),
    /** For visitors to Japan (tourists), not for residents: listed, but not offered in a resident's plan. */
    visitorsOnly: z.boolean().default(false),
    order: z.number().int(),
    phones: z.array(phoneSchema).default([]),
    sources: requiredSources('多言語の相談先'),
    checked: isoDate,
    notes: z.string().optional(),
  })
  .strict();
export type LanguageLine = z.infer<typeof languageLineSchema>;

/** A nationwide fact the site states, with its sources. */
export const factSchema = z
  .object({
    text: z.string().min(1),
    checked: isoDate,
    sources: requiredSources('事実'),
    translations: translationsOf({ text: z.string().min(1) }),
  })
  .strict();
