/** The strings of /support/ pages in a language (Japanese from check-ja.ts, the others from PAGES). */
import { supportPagesJa } from './check-ja';
import type { PageStrings } from './dictionary';
import { PAGES } from './index';
import type { Lang } from './languages';

export const supportPageStrings = (lang: Lang): PageStrings['supportPages'] => (lang === 'ja' ? supportPagesJa : PAGES[lang].supportPages);
