import { z } from 'astro/zod';
import { isoDate, requiredSources } from './common';

/** A guide page for one kind of reader, written in our own words from the sources it lists. */
export const guideSchema = z
  .object({
    title: z.string().min(1),
    /** One plain sentence for the page description and search results. */
    description: z.string().min(1),
    audience: z.enum(['victims', 'medical', 'municipal', 'everyone']),
    /** Order among the guides on the top page, or among a guide's pages. */
    order: z.number().int(),
    /** Show, after the text, each prefecture's route as its instrument describes it. */
    routeExamples: z.boolean().default(false),
    /** Words people search for that should lead here first (departments, situations). */
    keywords: z.array(z.string().min(1)).default([]),
    checked: isoDate,
    /** Every source the guide's facts come from; the page lists them under 出典. */
    sources: requiredSources('ガイド'),
  })
  .strict();
export type Guide = z.infer<typeof guideSchema>;

/**
 * A guide page in another language: content/guide-translations/<lang>/<guide id>.mdx. Only the words:
 * sources, route examples and national numbers come from the Japanese entry and content, as on its page.
 */
export const guideTranslationSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    /** The day the translation was last compared with the Japanese page. */
    checked: isoDate,
  })
  .strict();
export type GuideTranslation = z.infer<typeof guideTranslationSchema>;
