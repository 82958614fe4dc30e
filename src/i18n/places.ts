/** Place names in each language, from the prefecture table and the 総務省 list (never typed again). */
import type { Prefecture } from '../domain/prefectures';
import { READING_ENDINGS } from '../domain/search-keywords';
import type { Municipality } from '../schemas/municipality';
import type { PlaceName } from './dictionary';
import { PAGES } from './index';
import { romaji } from './romaji';
import type { Lang } from './languages';

export function prefectureName(lang: Lang, p: Prefecture): string {
  return lang === 'ja' ? p.name : PAGES[lang].placeNames.prefecture(p);
}

/** 八王子市 / はちおうじし → base 八王子 / はちおうじ. */
export function placeName(m: Pick<Municipality, 'name' | 'reading' | 'kind'>): PlaceName {
  const suffix = READING_ENDINGS[m.kind].find((s) => m.reading.endsWith(s)) ?? '';
  return { name: m.name, reading: m.reading, kind: m.kind, base: m.name.replace(/[市町村区]$/, ''), baseReading: m.reading.slice(0, m.reading.length - suffix.length) };
}

export function municipalityName(lang: Lang, m: Pick<Municipality, 'name' | 'reading' | 'kind'>): string {
  return lang === 'ja' ? m.name : PAGES[lang].placeNames.municipality(placeName(m));
}

/**
 * A Japanese name as a language gives it, the name itself being what a caller says: with ルビ in やさしい日本語
 * (`{name|reading}`), with its romaji reading apart in other languages, as it is in Japanese or without a reading.
 */
export function nameInLang(lang: Lang, name: string, reading?: string): { name: string; reading?: string } {
  if (!reading || lang === 'ja') return { name };
  return lang === 'yasashii' ? { name: `{${name}|${reading}}` } : { name, reading: romanReading(reading) };
}

/** A hiragana reading in romaji, each word capitalised ("けいしちょう はんざいひがいしゃほっとらいん" → "Keishicho Hanzaihigaishahottorain"). */
export const romanReading = (reading: string) => reading.split(' ').map((word) => romaji(word).replace(/^./, (c) => c.toUpperCase())).join(' ');
