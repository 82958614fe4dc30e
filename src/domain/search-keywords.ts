/**
 * Extra words for the search index, so that the names people type find the right page:
 * readings with and without the 市・町・村 ending (さっぽろ → 札幌市), names without it, romaji.
 * Pagefind segments Japanese at index time; whole, space-separated tokens avoid compounds
 * being split differently from the query (Pagefind issue #1237).
 */
/** How each kind of municipality's reading ends (町 is read まち or ちょう, 村 むら or そん). */
export const READING_ENDINGS: Record<string, string[]> = {
  市: ['し'],
  政令指定都市: ['し'],
  町: ['ちょう', 'まち'],
  村: ['むら', 'そん'],
  特別区: ['く'],
  行政区: ['く'],
};
const NAME_ENDINGS = /[市町村区都道府県]$/;

export function municipalityKeywords(m: { name: string; reading: string; kind: string }): string[] {
  const stem = (READING_ENDINGS[m.kind] ?? []).filter((e) => m.reading.endsWith(e)).map((e) => m.reading.slice(0, -e.length));
  return unique([m.reading, ...stem, m.name.replace(NAME_ENDINGS, '')]);
}

export function prefectureKeywords(p: { name: string; kana: string; slug: string }): string[] {
  const kanaStem = p.kana.replace(/(けん|ふ|と)$/, '');
  return unique([p.kana, kanaStem, p.name.replace(NAME_ENDINGS, ''), p.slug]);
}

const unique = (words: string[]) => [...new Set(words.filter((w) => w.length > 0))];
