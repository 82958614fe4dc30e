/** Runs of Japanese inside text of another language (marked lang="ja" on English pages and in the island). */
const KANA_KANJI = '\\u3005\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff';
const PUNCTUATION = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';
/** A run: Japanese punctuation or digits around at least one kana or kanji (第9条第3号, （支援計画）). */
export const JAPANESE_RUN = new RegExp(`[${PUNCTUATION}]*[${KANA_KANJI}](?:[${KANA_KANJI}${PUNCTUATION}0-9０-９]*[${KANA_KANJI}${PUNCTUATION}])?`, 'g');
