/** One search result as a list item: title link, kind and prefecture, and Pagefind's excerpt. */
import type { SearchHit } from './search';

export function renderHit(hit: SearchHit): HTMLLIElement {
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
export function resultStatus(query: string, shown: number, total: number): string {
  if (query.trim() === '') return '';
  if (total === 0) return '見つかりませんでした。別の言葉や、ひらがなで試してください。';
  return `${total}件見つかりました。${shown < total ? `${shown}件を表示しています。` : ''}`;
}
