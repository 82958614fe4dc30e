/** The dictionaries by language. */
import type { Dictionary, UiStrings } from './dictionary';
import type { Lang, TranslatedLang } from './languages';
import { ja } from './ja';
import { en } from './en';
import { yasashii } from './yasashii';

export const UI: Record<Lang, UiStrings> = { ja, en, yasashii };
export const PAGES: Record<TranslatedLang, Dictionary> = { en, yasashii };

export * from './languages';
export { rubyHtml, plainText } from './ruby';
export type { Dictionary, UiStrings } from './dictionary';
