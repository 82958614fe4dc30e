import { z } from 'astro/zod';
import { prefectureCode, sourceSchema } from './common';

/** Population by prefecture (content/national/population.yaml), for ordering the maintainers' worklist. */
export const populationSchema = z
  .object({
    /** Which survey and point in time the figures are. */
    survey: z.string().min(1),
    unit_note: z.string().optional(),
    source: sourceSchema,
    /** Persons, keyed by JIS code; a prefecture the source did not give is left out, never estimated. */
    population: z.partialRecord(prefectureCode, z.number().int().positive({ error: '人口は正の整数で書いてください' })),
  })
  .strict();
export type Population = z.infer<typeof populationSchema>;
