/** Search results as both search forms show them: a list of hits and a live status line. */
import type { SearchHit } from './search';
import type { SearchWords } from '../i18n/dictionary';
import { SEARCH_WORDS } from '../i18n/search-words';
import { LANG_INFO, type Lang } from '../i18n/languages';
import { plainText } from '../i18n/ruby';
import { fill } from '../domain/fill';

export type ResultWords = Pick<SearchWords, 'status' | 'kinds'>;

/** The words and path prefix of the language a search element names (data-lang). */
export function searchLanguage(element: HTMLElement): { words: ResultWords; lang: { code: Lang; prefix: string } } {
  const code = (element.dataset.lang ?? 'ja') as Lang;
  return { words: SEARCH_WORDS[code], lang: { code, prefix: LANG_INFO[code].prefix } };
}

/** Replaces the list with the hits (marked with their query, which tests wait on) and says how many. */
export function showResults(list: HTMLElement, status: HTMLElement, query: string, { hits, total }: { hits: SearchHit[]; total: number }, words: ResultWords): void {
  list.replaceChildren(...hits.map((hit) => renderHit(hit, words)));
  list.dataset.query = query;
  status.textContent = resultStatus(query, hits.length, total, words);
}

/** One search result as a list item: title link, kind and prefecture, and Pagefind's excerpt. */
function renderHit(hit: SearchHit, words: ResultWords): HTMLLIElement {
  const item = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: hit.url, textContent: hit.title });
  const kind = plainText(words.kinds[hit.kind as keyof ResultWords['kinds']] ?? hit.kind);
  const meta = Object.assign(document.createElement('p'), { className: 'article-ref', textContent: [kind, ...hit.prefectures].filter(Boolean).join('・') });
  const excerpt = document.createElement('p');
  // Excerpts come from our own pages; only the <mark> highlights are kept as markup.
  for (const [index, part] of hit.excerpt.split(/<\/?mark>/).entries()) {
    excerpt.append(index % 2 === 1 ? Object.assign(document.createElement('mark'), { textContent: part }) : part);
  }
  item.append(link, meta, excerpt);
  return item;
}

/** What the live region says after a search. */
function resultStatus(query: string, shown: number, total: number, { status }: ResultWords): string {
  if (query.trim() === '') return '';
  if (total === 0) return plainText(status.none);
  return plainText(fill(status.found, { total: String(total) }) + (shown < total ? fill(status.shown, { shown: String(shown) }) : ''));
}
