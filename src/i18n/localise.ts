/**
 * Content in a language: every node's `translations[lang]` laid over its Japanese words, and the
 * `translations` maps removed. Numbers, dates, articles and rules are never in `translations`, so
 * they pass through as the Japanese entry has them (one copy of each fact).
 */
import type { Lang } from './languages';

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

export function localise<T>(value: T, lang: Lang): T {
  if (Array.isArray(value)) return value.map((item) => localise(item, lang)) as T;
  if (!isNode(value)) return value;
  const { translations, ...rest } = value;
  const words = lang !== 'ja' && isNode(translations) && isNode(translations[lang]) ? translations[lang] : {};
  const out: Node = {};
  for (const [key, child] of Object.entries(rest)) out[key] = key in words && typeof child === 'string' ? words[key] : localise(child, lang);
  return out as T;
}

/** Words a visitor reads (not citations, sources or identifiers). */
const WORD_FIELDS = new Set(['text', 'name', 'shortName', 'summary', 'unclearText', 'abroadText', 'dependsText', 'noText', 'action', 'label', 'hours']);
/** Citations and sources stay in Japanese, as published. */
const CITATION_KEYS = new Set(['sources', 'source', 'title', 'articles', 'translations', 'article']);

/** Paths of the words in `value` that have no translation into `lang` (for tests and the data report). */
export function missingTranslations(value: unknown, lang: Exclude<Lang, 'ja'>, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => missingTranslations(item, lang, `${path}[${i}]`));
  if (!isNode(value)) return [];
  const words = isNode(value.translations) && isNode(value.translations[lang]) ? value.translations[lang] : {};
  return Object.entries(value).flatMap(([key, child]) => {
    if (CITATION_KEYS.has(key)) return [];
    const at = path ? `${path}.${key}` : key;
    if (typeof child === 'string') return WORD_FIELDS.has(key) && typeof words[key] !== 'string' ? [at] : [];
    return missingTranslations(child, lang, at);
  });
}

/** Every translated text in `value` with the Japanese of its node and where it is, wherever `translations` sits (for tests). */
export function translationPairs(value: unknown, where: string): { where: string; ja: string; lang: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => translationPairs(v, `${where}[${i}]`));
  if (!isNode(value)) return [];
  const here = Object.entries(isNode(value.translations) ? value.translations : {}).flatMap(([lang, fields]) =>
    Object.entries(isNode(fields) ? fields : {}).flatMap(([field, text]) => (typeof text === 'string' ? [{ where: `${where}.${field}`, ja: String(value[field] ?? ''), lang, text }] : [])),
  );
  return [...here, ...Object.entries(value).filter(([k]) => k !== 'translations').flatMap(([k, v]) => translationPairs(v, `${where}.${k}`))];
}
