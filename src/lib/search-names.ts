/**
 * Names and readings of every prefecture, municipality and organisation, and the situations and
 * terms the self-check and guides cover, for the search page: matching these does not depend on
 * how Pagefind segments Japanese (a compound such as 交通事故 can be split differently in the
 * index and in the query, Pagefind issue #1237).
 * Rows: [url, name, reading, kind, prefecture].
 */
import { getCollection } from 'astro:content';
import { PREFECTURES, prefectureByCode } from '../domain/prefectures';
import { allMunicipalities } from './municipalities';
import { NAME_BUCKETS, rowBuckets, type NameRow } from '../scripts/name-search';
import { OFFENCE_LABELS } from '../domain/eligibility';
import { municipalityName, prefectureName } from '../i18n/places';

let buckets: Promise<NameRow[][]> | undefined;

/** The table split into its NAME_BUCKETS buckets, built once per build and shared by the bucket files. */
export function searchNameBuckets(): Promise<NameRow[][]> {
  buckets ??= buildRows().then((rows) => {
    const grouped: NameRow[][] = Array.from({ length: NAME_BUCKETS }, () => []);
    for (const row of rows) for (const bucket of rowBuckets(row)) grouped[bucket].push(row);
    return grouped;
  });
  return buckets;
}

async function buildRows(): Promise<NameRow[]> {
  // Places carry their English name: English search matches its romaji (sapporo, hachioji) and shows it.
  const rows: NameRow[] = PREFECTURES.map((p) => [`/prefectures/${p.slug}/`, p.name, p.kana, '都道府県', p.name, prefectureName('en', p)]);
  for (const m of await allMunicipalities()) {
    const slug = prefectureByCode(m.prefCode)!.slug;
    const page = m.kind === '行政区' ? m.parentCode : m.lgCode;
    rows.push([`/prefectures/${slug}/${page}/`, m.name, m.reading, m.kind, m.prefecture, municipalityName('en', m)]);
  }
  for (const entry of await getCollection('organisations')) {
    const prefecture = prefectureByCode(entry.data.prefectures[0])!.name;
    for (const name of [entry.data.name, entry.data.nickname].filter((n): n is string => Boolean(n))) {
      rows.push([`/organisations/${entry.id}/`, name, '', '相談先', prefecture]);
    }
  }
  for (const label of Object.values(OFFENCE_LABELS).flatMap((l) => l.split('・'))) rows.push(['/check/', label, '', 'ツール', '']);
  for (const guide of await getCollection('guides')) {
    for (const keyword of guide.data.keywords) rows.push([`/guide/${guide.id}/`, keyword, '', 'ガイド', '']);
  }
  return rows;
}
