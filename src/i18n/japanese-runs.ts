/** Runs of Japanese inside text of another language (marked lang="ja" on English pages and in the island). */
const KANA_KANJI = '\\u3005\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff';
const PUNCTUATION = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';
/** A run: Japanese punctuation or digits around at least one kana or kanji (第9条第3号, （支援計画）). */
export const JAPANESE_RUN = new RegExp(`[${PUNCTUATION}]*[${KANA_KANJI}](?:[${KANA_KANJI}${PUNCTUATION}0-9０-９]*[${KANA_KANJI}${PUNCTUATION}])?`, 'g');
/**
 * In Chinese text only kana is surely Japanese (kanji are the page's own script): a run starts at kana. A Japanese
 * name with kanji before its kana (法テラス) is marked whole where the name is known (`chineseRuns`).
 */
export const KANA_RUN = /[\u3041-\u30fa\u30fc-\u30ff][\u3040-\u30ff\u3005\u4e00-\u9fff]*/g;

/** The Japanese runs of a Chinese page: the known Japanese names that have kana (longest first), then kana runs. */
export function chineseRuns(names: readonly string[]): RegExp {
  const withKana = names.filter((n) => /[\u3041-\u30fa]/.test(n));
  const escaped = withKana.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp([...escaped, KANA_RUN.source].join('|'), 'g');
}
