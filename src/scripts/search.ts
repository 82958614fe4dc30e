/**
 * Runs a query: names and readings first (from /data/search-names/<bucket>.json), then full text from the
 * Pagefind index in dist/pagefind/. Both are same-origin and loaded on first use. Queries are
 * NFKC-normalised, so full-width digits and half-width kana match the index.
 */
import { matchNames, queryBucket, type NameHit, type NameRow } from './name-search';
import { isTranslatedPage } from '../i18n/languages';

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

export interface SearchHit {
  url: string;
  title: string;
  kind: string;
  prefectures: string[];
  excerpt: string;
}

/** Results shown per step: each full-text result costs a fragment fetch, so more come only when asked. */
export const PAGE_SIZE = 10;
let pagefind: Promise<Pagefind> | undefined;
const nameBuckets = new Map<number, Promise<NameRow[]>>();

function loadNames(query: string): Promise<NameRow[]> {
  const bucket = queryBucket(query);
  if (bucket === undefined) return Promise.resolve([]);
  if (!nameBuckets.has(bucket)) nameBuckets.set(bucket, fetch(`/data/search-names/${bucket}.json`).then((response) => response.json() as Promise<NameRow[]>));
  return nameBuckets.get(bucket)!;
}

/**
 * Pagefind 1.5 runs its search in a Web Worker by default, a second 12 KB script; our index is small
 * enough to search on the main thread, so the first search fetches less (noWorker, pagefind.js 1.5.2).
 */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (api) => {
    await api.options({ noWorker: true });
    return api;
  });
  return pagefind;
}

export function normaliseQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The language searched in: its code (the index's `language` filter) and path prefix. */
export interface SearchLang {
  code: string;
  prefix: string;
}
const JAPANESE: SearchLang = { code: 'ja', prefix: '' };

export async function runSearch(query: string, filters: { kind: string; prefecture: string }, limit = PAGE_SIZE, lang = JAPANESE): Promise<{ hits: SearchHit[]; total: number }> {
  const q = normaliseQuery(query);
  if (q === '') return { hits: [], total: 0 };
  // Each language's pages carry their language as a filter (Pagefind also splits its index by <html lang>).
  const active = { ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')), language: lang.code };
  // A name found leads to that place's page in the visitor's language, where one exists.
  const localised = (url: string) => (lang.prefix && isTranslatedPage(url) ? lang.prefix + url : url);
  const byName: SearchHit[] = matchNames(q, await loadNames(q), 5, lang.code === 'en')
    .filter((hit) => (!filters.kind || hit.kind === filters.kind) && (!filters.prefecture || hit.prefecture === filters.prefecture))
    .map((hit) => ({ url: localised(hit.url), title: hit.title, kind: hit.kind, prefectures: hit.prefecture ? [hit.prefecture] : [], excerpt: '' }));
  // A reading typed in kana (さっぽろ) or one romaji word (sapporo) is what the names table is for: the pages write names in kanji,
  // so once names have answered, full text would add only noise, and the index download.
  if (byName.length > 0 && /^[\p{scx=Hiragana}\p{scx=Katakana}\s]+$|^[a-z-]+$/iu.test(q)) return { hits: byName, total: byName.length };
  // A prefecture named beside a topic (「福岡県 支援調整会議」): its own page first, then its pages, then the rest.
  const place = filters.prefecture ? undefined : await prefectureNamed(q);
  if (place && byName.length === 0) byName.push({ url: localised(place.url), title: place.title, kind: place.kind, prefectures: [place.prefecture], excerpt: '' });
  const api = await loadPagefind();
  let { results } = await api.search(q, { filters: active });
  if (place) {
    const local = (await api.search(q, { filters: { ...active, prefecture: place.prefecture } })).results;
    const ids = new Set(local.map((r) => r.id));
    results = [...local, ...results.filter((r) => !ids.has(r.id))];
  }
  // Each result's fragment is a fetch: take only as many as the page shows, topping up for any
  // that repeat a name hit.
  const named = new Set(byName.map((hit) => hit.url));
  const fullText: SearchHit[] = [];
  let fetched = 0;
  let repeats = 0;
  while (byName.length + fullText.length < limit && fetched < results.length) {
    const batch = results.slice(fetched, fetched + limit - byName.length - fullText.length);
    fetched += batch.length;
    for (const hit of await Promise.all(batch.map(fullTextHit))) {
      if (named.has(hit.url)) repeats += 1;
      else fullText.push(hit);
    }
  }
  return { hits: [...byName, ...fullText], total: byName.length + results.length - repeats };
}

/** In a query of several words, the one that names a prefecture (「福岡県」, 「福岡」), as the names table has it. */
async function prefectureNamed(q: string): Promise<NameHit | undefined> {
  const words = q.split(' ');
  if (words.length < 2) return undefined;
  for (const word of words) {
    const hit = matchNames(word, await loadNames(word), 1)[0];
    if (hit?.kind === '都道府県' && (word === hit.title || word === hit.title.replace(/[都府県]$/, ''))) return hit;
  }
  return undefined;
}

async function fullTextHit(result: PagefindResult): Promise<SearchHit> {
  const data = await result.data();
  return { url: data.url, title: data.meta.title ?? data.url, kind: data.meta.kind ?? '', prefectures: data.filters.prefecture ?? [], excerpt: data.excerpt };
}
