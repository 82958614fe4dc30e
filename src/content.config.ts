/**
 * Every collection and where it is read from. The schemas live in src/schemas/ so that
 * unit tests and the data report can use them without Astro's virtual modules.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { organisationSchema, nationalLineSchema } from './schemas/organisation';
import { prefectureSchema } from './schemas/prefecture';

const prefectures = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/prefectures' }),
  schema: prefectureSchema(reference('organisations')),
});

const organisations = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/organisations' }),
  schema: organisationSchema,
});

const nationalLines = defineCollection({
  loader: file('./content/national/lines.yaml'),
  schema: nationalLineSchema,
});

export const collections = { prefectures, organisations, nationalLines };
