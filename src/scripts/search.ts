/**
 * Runs a query: names and readings first (from /data/search-names.json), then full text from the
 * Pagefind index in dist/pagefind/. Both are same-origin and loaded on first use. Queries are
 * NFKC-normalised, so full-width digits and half-width kana match the index.
 */
import { matchNames, type NameRow } from './name-search';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

export interface SearchHit {
  url: string;
  title: string;
  kind: string;
  prefectures: string[];
  excerpt: string;
}

const PAGE_SIZE = 20;
let pagefind: Promise<Pagefind> | undefined;
let names: Promise<NameRow[]> | undefined;

function loadNames(): Promise<NameRow[]> {
  names ??= fetch('/data/search-names.json').then((response) => response.json() as Promise<NameRow[]>);
  return names;
}

function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

export function normaliseQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export async function runSearch(query: string, filters: { kind: string; prefecture: string }): Promise<{ hits: SearchHit[]; total: number }> {
  const q = normaliseQuery(query);
  if (q === '') return { hits: [], total: 0 };
  const active = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
  const byName: SearchHit[] = matchNames(q, await loadNames())
    .filter((hit) => (!filters.kind || hit.kind === filters.kind) && (!filters.prefecture || hit.prefecture === filters.prefecture))
    .map((hit) => ({ url: hit.url, title: hit.title, kind: hit.kind, prefectures: hit.prefecture ? [hit.prefecture] : [], excerpt: '' }));
  const { results } = await (await loadPagefind()).search(q, { filters: active });
  const fullText = await Promise.all(
    results.slice(0, PAGE_SIZE).map(async (result) => {
      const data = await result.data();
      return {
        url: data.url,
        title: data.meta.title ?? data.url,
        kind: data.meta.kind ?? '',
        prefectures: data.filters.prefecture ?? [],
        excerpt: data.excerpt,
      };
    }),
  );
  const named = new Set(byName.map((hit) => hit.url));
  const others = fullText.filter((hit) => !named.has(hit.url));
  return { hits: [...byName, ...others], total: byName.length + results.length - (fullText.length - others.length) };
}
