import { z } from 'astro/zod';
import { isoDate, phoneSchema, prefectureCode, requiredSources, searchLogSchema } from './common';

/** A centre, a police line or a government window: written once, referenced by prefectures. */
export const organisationSchema = z
  .object({
    name: z.string().min(1),
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
    phones: z.array(phoneSchema).min(1),
    hours: z.string().optional(),
    order: z.number().int(),
    checked: isoDate,
  })
  .strict();
export type NationalLine = z.infer<typeof nationalLineSchema>;

/** A nationwide fact the site states, with its sources. */
export const factSchema = z
  .object({
    text: z.string().min(1),
    checked: isoDate,
    sources: requiredSources('事実'),
  })
  .strict();
