/** Picks a translated text from an entry's `translations`, or its Japanese text marked as Japanese. */
import type { Lang, TranslatedLang } from './languages';

export interface Translated {
  text: string;
  /** The language the text is actually in: 'ja' where no translation exists yet. */
  lang: Lang;
}

export function translated<F extends string>(
  lang: Lang,
  japanese: string,
  translations: Partial<Record<TranslatedLang, Partial<Record<F, unknown>>>> | undefined,
  field: F,
): Translated {
  if (lang === 'ja') return { text: japanese, lang: 'ja' };
  const text = translations?.[lang]?.[field];
  return typeof text === 'string' ? { text, lang } : { text: japanese, lang: 'ja' };
}
