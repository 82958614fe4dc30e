/**
 * ルビ only where it is needed: kanji of school grades 1 and 2 alone (人, 日, 国, 話 …) are shown without it, as the
 * site's やさしい日本語 standard says (test/built/yasashii.test.ts). It keeps the self-check's files within their
 * size. Build time only: the kanji table stays out of the pages' scripts.
 */
import { EARLY_KANJI } from './kanji-grades';
import { RUBY } from './ruby';

const early = (base: string) => [...base].every((c) => EARLY_KANJI.has(c));

/** In the notation {漢字|かんじ}. */
export const trimEarlyRuby = (text: string) => text.replace(RUBY, (whole, base: string) => (early(base) ? base : whole));

/** Every string in a value (the island's words, the self-check's data). */
export function trimRubyDeep<T>(value: T): T {
  if (typeof value === 'string') return trimEarlyRuby(value) as T;
  if (Array.isArray(value)) return value.map(trimRubyDeep) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimRubyDeep(v)])) as T;
  return value;
}

/** In a built page's markup (<ruby>人<rt>ひと</rt></ruby> → 人). */
export const trimEarlyRubyHtml = (html: string) => html.replace(/<ruby>([^<]+)<rt>[^<]*<\/rt><\/ruby>/g, (whole, base: string) => (early(base) ? base : whole));
