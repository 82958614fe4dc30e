import { z } from 'astro/zod';
import { prefectureByCode } from '../domain/prefectures';
import { isoDate, prefectureCode, searchLogSchema, sourceSchema, translationsOf } from './common';
import { eligibilityRulesSchema } from './eligibility';

/** A statement taken from a prefecture's instrument, with the article it comes from. */
const cited = z
  .object({
    text: z.string().min(1),
    article: z.string().optional(),
  })
  .strict();

export const ROUTE_STEPS = ['intake', 'coordinator', 'meeting', 'plan', 'review', 'closure'] as const;
export type RouteStep = (typeof ROUTE_STEPS)[number];

const instrumentSchema = z
  .object({
    title: z.string().min(1),
    /** 施行日 */
    effective: isoDate,
    /** Dates of later revisions in force (附則). */
    revised: z.array(isoDate).default([]),
    source: sourceSchema,
  })
  .strict();

/**
 * The prefecture's multi-agency one-stop service as its instrument or public pages describe it.
 * `orgRef` is Astro's `reference('organisations')` at build time and a plain string in tests.
 */
function schemeSchema<R extends z.ZodType>(orgRef: R) {
  return z
    .object({
      status: z.enum(['established', 'planned', 'unknown'], {
        error: 'scheme.status は established / planned / unknown のいずれかです',
      }),
      /** Our own summary of what the sources say about the scheme. */
      statusNote: z.string().optional(),
      instrument: instrumentSchema.optional(),
      /** The three core parties (三者) as the instrument names them. */
      parties: z
        .array(
          z
            .object({
              role: z.enum(['prefecture', 'police', 'support-centre']),
              name: z.string().min(1),
              organisation: orgRef.optional(),
              article: z.string().optional(),
            })
            .strict(),
        )
        .default([]),
      /** The coordinator clause, shown in the self-check's results: translated like other words. */
      coordinator: cited.extend({ translations: translationsOf({ text: z.string().min(1) }) }).strict().optional(),
      route: z.array(cited.extend({ step: z.enum(ROUTE_STEPS) }).strict()).default([]),
      supportPeriod: cited.optional(),
      personalData: z.array(cited).default([]),
      sources: z.array(sourceSchema).default([]),
    })
    .strict()
    .superRefine((scheme, ctx) => {
      if (scheme.status !== 'unknown' && scheme.sources.length === 0 && !scheme.instrument) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: `scheme.status が ${scheme.status} のときは出典（sources または instrument.source）が必要です`,
        });
      }
    });
}

const contactRole = z.enum(['sv-centre', 'support-centre', 'police', 'prefecture-window'], {
  error: 'role は sv-centre / support-centre / police / prefecture-window のいずれかです',
});

export function prefectureSchema<R extends z.ZodType>(orgRef: R) {
  return z
    .object({
      code: prefectureCode,
      slug: z.string(),
      name: z.string(),
      /** When this entry as a whole was last reviewed. */
      checked: isoDate,
      /** One or two plain sentences for the page description and search results. */
      summary: z.string().min(1),
      scheme: schemeSchema(orgRef),
      /** Who qualifies, as rules the self-check evaluates (needs scheme.instrument, which it cites). */
      eligibility: eligibilityRulesSchema.optional(),
      contacts: z
        .array(
          z
            .object({
              role: contactRole,
              organisation: orgRef,
            })
            .strict(),
        )
        .default([]),
      /** Searches for a kind of contact that has no organisation file yet (nothing found to write one from). */
      searches: z.array(searchLogSchema.extend({ role: contactRole }).strict()).default([]),
    })
    .strict()
    .superRefine((entry, ctx) => {
      if (entry.eligibility && !entry.scheme.instrument) {
        ctx.addIssue({ code: 'custom', path: ['eligibility'], message: 'eligibility を書くときは、出典となる scheme.instrument も必要です' });
      }
      const canonical = prefectureByCode(entry.code);
      if (!canonical) return; // the code itself is already reported
      if (entry.slug !== canonical.slug) {
        ctx.addIssue({ code: 'custom', path: ['slug'], message: `code ${entry.code} の slug は "${canonical.slug}" です（"${entry.slug}" になっています）` });
      }
      if (entry.name !== canonical.name) {
        ctx.addIssue({ code: 'custom', path: ['name'], message: `code ${entry.code} の name は "${canonical.name}" です（"${entry.name}" になっています）` });
      }
    });
}
