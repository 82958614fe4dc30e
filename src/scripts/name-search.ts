/**
 * Matches a typed name or reading (札幌, さっぽろ, サッポロ, かごしま) against the names table,
 * before full-text search: exact matches first, then names that start with the query.
 */
import { municipalityKeywords, prefectureKeywords } from '../domain/search-keywords';

/** [url, name, reading, kind, prefecture, English name (places only)] */
export type NameRow = [string, string, string, string, string, string?];

export interface NameHit {
  url: string;
  title: string;
  kind: string;
  prefecture: string;
}

/** Katakana to hiragana, so サッポロ matches さっぽろ; Latin letters to lower case, so Sapporo matches sapporo. */
export function toHiragana(text: string): string {
  return text.replace(/[ァ-ヶ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60)).toLowerCase();
}

/** "Sapporo City" → "sapporo city", "sapporo": romaji as people type it. */
const romajiKeys = (english = '') => (english ? [english.toLowerCase(), english.toLowerCase().split(' ')[0]] : []);

function keys([, name, reading, kind, , english]: NameRow): string[] {
  if (kind === '都道府県') return [name, ...prefectureKeywords({ name, kana: reading, slug: '' }), ...romajiKeys(english)];
  if (kind === '相談先' || kind === 'ツール' || kind === 'ガイド') return [name];
  return [name, ...municipalityKeywords({ name, reading, kind }), ...romajiKeys(english)];
}

const KIND_ORDER = ['都道府県', '政令指定都市', '市', '特別区', '町', '村', '行政区', 'ツール', 'ガイド', '相談先'];
/** Kinds as the search filter names them. */
const FILTER_KIND: Record<string, string> = { 都道府県: '都道府県', 相談先: '相談先', ツール: 'ツール', ガイド: 'ガイド' };

/** Queries shorter than this match too much to be useful as names. */
const MIN_QUERY = 2;

/**
 * The table is published in buckets by the first character of each key (a row sits in the bucket of
 * each of its keys), so a query fetches only the one bucket its own first character falls in.
 */
export const NAME_BUCKETS = 32;
const bucketOf = (key: string) => key.codePointAt(0)! % NAME_BUCKETS;

export function rowBuckets(row: NameRow): number[] {
  return [...new Set(keys(row).map(toHiragana).filter(Boolean).map(bucketOf))];
}

/** The bucket a (normalised) query needs, or undefined when it is too short to match names. */
export function queryBucket(query: string): number | undefined {
  const q = toHiragana(query);
  return q.length < MIN_QUERY ? undefined : bucketOf(q);
}

/** `english`: title places by their English name, the Japanese after it. */
export function matchNames(query: string, rows: NameRow[], limit = 5, english = false): NameHit[] {
  const q = toHiragana(query);
  if (q.length < MIN_QUERY) return [];
  const scored = rows.flatMap((row) => {
    const k = keys(row).map(toHiragana);
    const score = k.includes(q) ? 0 : k.some((key) => key.startsWith(q)) ? 1 : -1;
    return score < 0 ? [] : [{ row, score }];
  });
  scored.sort((a, b) => a.score - b.score || KIND_ORDER.indexOf(a.row[3]) - KIND_ORDER.indexOf(b.row[3]));
  const seen = new Set<string>();
  const hits: NameHit[] = [];
  for (const { row } of scored) {
    const [url, name, , kind, prefecture, englishName] = row;
    if (seen.has(url)) continue;
    seen.add(url);
    const title = english && englishName ? `${englishName} (${name})` : kind === '行政区' ? `${name}（${kind}）` : kind === 'ツール' ? `使える支援を確かめる（${name}）` : name;
    hits.push({ url, title, kind: FILTER_KIND[kind] ?? '市区町村', prefecture });
    if (hits.length === limit) break;
  }
  return hits;
}
