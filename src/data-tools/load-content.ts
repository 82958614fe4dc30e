/**
 * Reads the content files directly (outside Astro) and validates them with the same schemas,
 * for the unit tests and the data report. Problems are collected, each naming file and field.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { describeContentError } from '../schemas/describe-error';
import { factSchema, languageLineSchema, nationalLineSchema, organisationSchema, type LanguageLine, type NationalLine, type Organisation } from '../schemas/organisation';
import { prefectureSchema } from '../schemas/prefecture';
import { benefitRecordSchema, coreCitiesSchema, municipalitySchema, municipalWindowSchema, windowSearchesSchema, type BenefitRecord, type CoreCities, type Municipality, type MunicipalWindow, type WindowSearches } from '../schemas/municipality';
import { parseMunicipalitiesCsv, prefectureLgCode } from '../domain/municipalities-csv';
import { schemeSchema, type SchemeEntry } from '../schemas/scheme';
import { populationSchema, type Population } from '../schemas/population';

const orgSlug = z.string().regex(/^[a-z0-9-]+$/, { error: 'organisation は content/organisations のファイル名（拡張子なし）で書いてください' });
const prefectureFileSchema = prefectureSchema(orgSlug);
export type PrefectureData = z.output<typeof prefectureFileSchema>;

export interface LoadedContent {
  prefectures: { file: string; data: PrefectureData }[];
  organisations: Map<string, { file: string; data: Organisation }>;
  nationalLines: { id: string; data: NationalLine }[];
  languageLines: { id: string; data: LanguageLine }[];
  municipalities: Municipality[];
  municipalWindows: Map<string, MunicipalWindow>;
  population?: Population;
  /** The 中核市 list, when content/national/core-cities.yaml exists. */
  coreCities?: CoreCities;
  /** Searches for the windows of municipalities without a window file. */
  windowSearches: WindowSearches;
  /** Whether each prefecture and big city pays a 見舞金, keyed by 団体コード (content/benefit-records). */
  benefitRecords: Map<string, BenefitRecord>;
  /** Nationwide support schemes, one per content/schemes/<id>.yaml, in file-name order. */
  schemes: { id: string; file: string; data: SchemeEntry }[];
  problems: string[];
}

function frontmatter(file: string, text: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file}: 先頭に --- で囲んだ frontmatter がありません`);
  return parseYaml(match[1]);
}

export function loadContent(root = process.cwd()): LoadedContent {
  const problems: string[] = [];
  const prefectures: LoadedContent['prefectures'] = [];
  const organisations: LoadedContent['organisations'] = new Map();
  const nationalLines: LoadedContent['nationalLines'] = [];

  const validate = <S extends z.ZodType>(file: string, schema: S, data: unknown): z.output<S> | undefined => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    problems.push(describeContentError(file, result.error));
    return undefined;
  };
  const read = (file: string, parse: (file: string, text: string) => unknown): unknown => {
    try {
      return parse(file, readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
      return undefined;
    }
  };

  for (const name of readdirSync(join(root, 'content/organisations')).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = `content/organisations/${name}`;
    const data = validate(file, organisationSchema, read(file, (_, text) => parseYaml(text)));
    if (data) organisations.set(name.replace(/\.yaml$/, ''), { file, data });
  }

  for (const name of readdirSync(join(root, 'content/prefectures')).filter((n) => n.endsWith('.mdx')).sort()) {
    const file = `content/prefectures/${name}`;
    const data = validate(file, prefectureFileSchema, read(file, frontmatter));
    if (!data) continue;
    if (name !== `${data.code}-${data.slug}.mdx`) problems.push(`${file}: ファイル名は ${data.code}-${data.slug}.mdx にしてください`);
    const refs = [
      ...data.contacts.map((c, i) => ({ slug: c.organisation, path: `contacts.${i}.organisation` })),
      ...data.scheme.parties.flatMap((p, i) => (p.organisation ? [{ slug: p.organisation, path: `scheme.parties.${i}.organisation` }] : [])),
    ];
    for (const ref of refs) {
      if (!organisations.has(ref.slug)) problems.push(`${file}: ${ref.path}: 団体 "${ref.slug}" が content/organisations にありません`);
    }
    prefectures.push({ file, data });
  }

  const linesFile = 'content/national/lines.yaml';
  const lines = read(linesFile, (_, text) => parseYaml(text)) as Record<string, unknown> | undefined;
  for (const [id, raw] of Object.entries(lines ?? {})) {
    const data = validate(`${linesFile} (${id})`, nationalLineSchema, raw);
    if (data) nationalLines.push({ id, data });
  }

  const languageFile = 'content/national/language-lines.yaml';
  const languageLines = read(languageFile, (_, text) => parseYaml(text)) as Record<string, unknown> | undefined;
  const languageLineEntries: LoadedContent['languageLines'] = [];
  for (const [id, raw] of Object.entries(languageLines ?? {})) {
    const data = validate(`${languageFile} (${id})`, languageLineSchema, raw);
    if (data) languageLineEntries.push({ id, data });
  }

  const factsFile = 'content/national/facts.yaml';
  const facts = read(factsFile, (_, text) => parseYaml(text)) as Record<string, unknown> | undefined;
  for (const [id, raw] of Object.entries(facts ?? {})) validate(`${factsFile} (${id})`, factSchema, raw);

  const csvFile = 'content/municipalities.csv';
  const municipalities: Municipality[] = [];
  const rows = read(csvFile, (file, text) => parseMunicipalitiesCsv(text, file)) as unknown[] | undefined;
  (rows ?? []).forEach((row, index) => {
    const data = validate(`${csvFile} (${index + 2}行目)`, municipalitySchema, row);
    if (data) municipalities.push(data);
  });
  const lgCodes = new Set(municipalities.map((m) => m.lgCode));

  const municipalWindows = new Map<string, MunicipalWindow>();
  for (const name of readdirSync(join(root, 'content/municipal-windows')).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = `content/municipal-windows/${name}`;
    const lgCode = name.replace(/\.yaml$/, '');
    const data = validate(file, municipalWindowSchema, read(file, (_, text) => parseYaml(text)));
    if (!data) continue;
    if (!lgCodes.has(lgCode)) problems.push(`${file}: ファイル名の団体コード ${lgCode} は content/municipalities.csv にありません`);
    municipalWindows.set(lgCode, data);
  }

  const populationFile = 'content/national/population.yaml';
  const population = validate(populationFile, populationSchema, read(populationFile, (_, text) => parseYaml(text)));

  const coreCitiesFile = 'content/national/core-cities.yaml';
  const coreCities = existsSync(join(root, coreCitiesFile)) ? validate(coreCitiesFile, coreCitiesSchema, read(coreCitiesFile, (_, text) => parseYaml(text))) : undefined;
  coreCities?.cities.forEach((code, i) => {
    const city = municipalities.find((m) => m.lgCode === code);
    if (city?.kind !== '市') problems.push(`${coreCitiesFile}: cities.${i}: ${code} は content/municipalities.csv の市ではありません`);
  });

  const windowSearchesFile = 'content/national/window-searches.yaml';
  const windowSearches = validate(windowSearchesFile, windowSearchesSchema, read(windowSearchesFile, (_, text) => parseYaml(text))) ?? {};
  for (const code of Object.keys(windowSearches)) {
    if (!lgCodes.has(code)) problems.push(`${windowSearchesFile}: ${code}: 団体コードが content/municipalities.csv にありません`);
    if (municipalWindows.has(code)) problems.push(`${windowSearchesFile}: ${code}: 窓口のファイルがあるので、検索の記録はそのファイルの searches に書いてください`);
  }

  const benefitRecords = new Map<string, BenefitRecord>();
  const prefectureCodes = new Map(prefectures.map((p) => [prefectureLgCode(p.data.code), p.data.name]));
  for (const name of readdirSync(join(root, 'content/benefit-records')).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = `content/benefit-records/${name}`;
    const code = name.replace(/\.yaml$/, '');
    const data = validate(file, benefitRecordSchema, read(file, (_, text) => parseYaml(text)));
    if (!data) continue;
    const place = prefectureCodes.get(code) ?? municipalities.find((m) => m.lgCode === code)?.name;
    if (!place) problems.push(`${file}: ファイル名の団体コード ${code} は都道府県のコードでも content/municipalities.csv の市区町村でもありません`);
    else if (place !== data.name) problems.push(`${file}: name "${data.name}" が団体コード ${code} の「${place}」と違います`);
    if (!prefectureCodes.has(code) && data.benefits.length > 0)
      problems.push(`${file}: benefits: 市区町村の見舞金は content/municipal-windows/${code}.yaml の benefits に書いてください（ここには status と出典だけ）`);
    if (!prefectureCodes.has(code) && municipalWindows.get(code)?.benefits?.length && data.status !== 'present')
      problems.push(`${file}: status: ${data.status} ですが content/municipal-windows/${code}.yaml に見舞金があります`);
    benefitRecords.set(code, data);
  }

  const schemes: LoadedContent['schemes'] = [];
  const lineIds = new Set(nationalLines.map((l) => l.id));
  for (const name of readdirSync(join(root, 'content/schemes')).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = `content/schemes/${name}`;
    const id = name.replace(/\.yaml$/, '');
    if (!/^[a-z0-9-]+$/.test(id)) problems.push(`${file}: ファイル名（制度の id）は英小文字・数字・ハイフンで書いてください`);
    const data = validate(file, schemeSchema, read(file, (_, text) => parseYaml(text)));
    if (!data) continue;
    data.apply.nationalLines.forEach((line, i) => {
      if (!lineIds.has(line)) problems.push(`${file}: apply.nationalLines.${i}: "${line}" が content/national/lines.yaml にありません`);
    });
    schemes.push({ id, file, data });
  }

  return { prefectures, organisations, nationalLines, languageLines: languageLineEntries, municipalities, municipalWindows, population, coreCities, windowSearches, benefitRecords, schemes, problems };
}
