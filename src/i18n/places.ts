/** Place names in each language, from the prefecture table and the 総務省 list (never typed again). */
import type { Prefecture } from '../domain/prefectures';
import type { Municipality } from '../schemas/municipality';
import type { PlaceName } from './dictionary';
import { PAGES } from './index';
import type { Lang } from './languages';

export function prefectureName(lang: Lang, p: Prefecture): string {
  return lang === 'ja' ? p.name : PAGES[lang].placeNames.prefecture(p);
}

/** The reading's ending for each kind of municipality (町 is read まち or ちょう, 村 むら or そん). */
const SUFFIX_READINGS: Record<Municipality['kind'], string[]> = {
  市: ['し'],
  政令指定都市: ['し'],
  町: ['ちょう', 'まち'],
  村: ['むら', 'そん'],
  特別区: ['く'],
  行政区: ['く'],
};

/** 八王子市 / はちおうじし → base 八王子 / はちおうじ. */
export function placeName(m: Pick<Municipality, 'name' | 'reading' | 'kind'>): PlaceName {
  const suffix = SUFFIX_READINGS[m.kind].find((s) => m.reading.endsWith(s)) ?? '';
  return { name: m.name, reading: m.reading, kind: m.kind, base: m.name.replace(/[市町村区]$/, ''), baseReading: m.reading.slice(0, m.reading.length - suffix.length) };
}

export function municipalityName(lang: Lang, m: Pick<Municipality, 'name' | 'reading' | 'kind'>): string {
  return lang === 'ja' ? m.name : PAGES[lang].placeNames.municipality(placeName(m));
}
