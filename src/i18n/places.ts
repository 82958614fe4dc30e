/** Place names in each language, from the prefecture table (romaji and kana), never typed again. */
import type { Prefecture } from '../domain/prefectures';
import type { Lang } from './languages';

const capitalise = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1);

/** 徳島県 → "Tokushima" (en), "{徳島県|とくしまけん}" (yasashii, with ルビ), "徳島県" (ja). */
export function prefectureName(lang: Lang, p: Prefecture): string {
  if (lang === 'en') return capitalise(p.slug);
  if (lang === 'yasashii') return `{${p.name}|${p.kana}}`;
  return p.name;
}
