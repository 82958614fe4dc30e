/** Search results as both search forms show them: a list of hits and a live status line. */
import type { SearchHit } from './search';

/** Replaces the list with the hits (marked with their query, which tests wait on) and says how many. */
export function showResults(list: HTMLElement, status: HTMLElement, query: string, { hits, total }: { hits: SearchHit[]; total: number }): void {
  list.replaceChildren(...hits.map(renderHit));
  list.dataset.query = query;
  status.textContent = resultStatus(query, hits.length, total);
}

/** One search result as a list item: title link, kind and prefecture, and Pagefind's excerpt. */
function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: hit.url, textContent: hit.title });
  const meta = Object.assign(document.createElement('p'), { className: 'article-ref', textContent: [hit.kind, ...hit.prefectures].filter(Boolean).join('・') });
  const excerpt = document.createElement('p');
  // Excerpts come from our own pages; only the <mark> highlights are kept as markup.
  for (const [index, part] of hit.excerpt.split(/<\/?mark>/).entries()) {
    excerpt.append(index % 2 === 1 ? Object.assign(document.createElement('mark'), { textContent: part }) : part);
  }
  item.append(link, meta, excerpt);
  return item;
}

/** What the live region says after a search. */
function resultStatus(query: string, shown: number, total: number): string {
  if (query.trim() === '') return '';
  if (total === 0) return '見つかりませんでした。別の言葉や、ひらがなで試してください。';
  return `${total}件見つかりました。${shown < total ? `${shown}件を表示しています。` : ''}`;
}
