/** The dictionaries by language. */
import type { Dictionary, UiStrings } from './dictionary';
import type { Lang, TranslatedLang } from './languages';
import { ja } from './ja';
import { en } from './en';
import { yasashii } from './yasashii';
import { zhHans } from './zh-hans';
import { vi } from './vi';

export const UI: Record<Lang, UiStrings> = { ja, en, yasashii, 'zh-hans': zhHans, vi };
export const PAGES: Record<TranslatedLang, Dictionary> = { en, yasashii, 'zh-hans': zhHans, vi };

export * from './languages';
export { rubyHtml, plainText } from './ruby';
export type { Dictionary, UiStrings } from './dictionary';
