/** Municipalities from the content collection, grouped for pages (build time only). */
import { getCollection } from 'astro:content';
import type { Municipality, MunicipalWindow } from '../schemas/municipality';

let cache: Municipality[] | undefined;
let windows: Promise<Map<string, MunicipalWindow>> | undefined;

/**
 * A municipality's window file, if there is one. Most municipalities have none: looking them up in one
 * map keeps the build from logging a "not found" for each of them (as getEntry would).
 */
export async function municipalWindow(lgCode: string): Promise<MunicipalWindow | undefined> {
  windows ??= getCollection('municipalWindows').then((entries) => new Map(entries.map((e) => [e.id, e.data])));
  return (await windows).get(lgCode);
}

/**
 * All rows of content/municipalities.csv. Astro's file() loader only logs a parse error and
 * leaves the collection empty; an empty list here stops the build instead of publishing no pages.
 */
export async function allMunicipalities(): Promise<Municipality[]> {
  cache ??= (await getCollection('municipalities')).map((entry) => entry.data);
  if (cache.length === 0) throw new Error('content/municipalities.csv を読めませんでした（市区町村が0件です）。npm run test:unit で原因を確認してください。');
  return cache;
}

/** The 市区町村 of a prefecture (wards are listed under their city, not here). */
export async function municipalitiesOf(prefCode: string): Promise<Municipality[]> {
  return (await allMunicipalities()).filter((m) => m.prefCode === prefCode && m.kind !== '行政区');
}

export async function wardsOf(cityCode: string): Promise<Municipality[]> {
  return (await allMunicipalities()).filter((m) => m.parentCode === cityCode);
}

export const OFFICE_NAMES: Record<Municipality['kind'], string> = {
  市: '市役所',
  町: '町役場',
  村: '村役場',
  特別区: '区役所',
  政令指定都市: '市役所・区役所',
  行政区: '区役所',
};
