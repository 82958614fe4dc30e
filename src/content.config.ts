/**
 * Every collection and where it is read from. The schemas live in src/schemas/ so that
 * unit tests and the data report can use them without Astro's virtual modules.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { factSchema, languageLineSchema, organisationSchema, nationalLineSchema } from './schemas/organisation';
import { prefectureSchema } from './schemas/prefecture';
import { guideSchema, guideTranslationSchema } from './schemas/guide';
import { benefitRecordSchema, municipalitySchema, municipalWindowSchema } from './schemas/municipality';
import { parseMunicipalitiesCsv } from './domain/municipalities-csv';
import { schemeSchema } from './schemas/scheme';

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

/** All 市区町村 and 政令市の行政区 (総務省 全国地方公共団体コード); one dynamic route renders them. */
const municipalities = defineCollection({
  loader: file('./content/municipalities.csv', { parser: (text) => parseMunicipalitiesCsv(text) }),
  schema: municipalitySchema,
});

/** One file per municipality, named by its lgCode (content/municipal-windows/141003.yaml). */
const municipalWindows = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/municipal-windows' }),
  schema: municipalWindowSchema,
});

/** Whether a prefecture or big city pays a 見舞金, one file per 団体コード; a prefecture's payments themselves. */
const benefitRecords = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/benefit-records' }),
  schema: benefitRecordSchema,
});

/** Lines that help people who do not read Japanese, shown first on the translated pages. */
const languageLines = defineCollection({
  loader: file('./content/national/language-lines.yaml'),
  schema: languageLineSchema,
});

const facts = defineCollection({
  loader: file('./content/national/facts.yaml'),
  schema: factSchema,
});

/**
 * Guides for victims and families, medical staff and municipal window staff. A guide is
 * content/guides/<id>.mdx; its further pages are content/guides/<id>/<part>.mdx (/guide/<id>/<part>/).
 */
const guides = defineCollection({
  loader: glob({ pattern: ['*.mdx', '*/*.mdx'], base: './content/guides' }),
  schema: guideSchema,
});

/** Guide pages in other languages: content/guide-translations/<lang>/<guide id>.mdx (id "en/victims/route"). */
const guideTranslations = defineCollection({
  loader: glob({ pattern: ['*/*.mdx', '*/*/*.mdx'], base: './content/guide-translations' }),
  schema: guideTranslationSchema,
});

/** Nationwide support schemes (犯給, 公費負担, 法テラス …): one file per scheme, the id is the file name. */
const schemes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/schemes' }),
  schema: schemeSchema,
});

export const collections = { prefectures, organisations, nationalLines, languageLines, municipalities, municipalWindows, benefitRecords, facts, guides, guideTranslations, schemes };
