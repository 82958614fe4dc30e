/**
 * The languages the visitor's path is read in. Japanese is the authority; the others render the
 * same content, with only the words around the facts translated. Adding a language means adding
 * an entry here, a dictionary (src/i18n/<lang>.ts) and translated texts in content — no code.
 */
export const LANGS = ['ja', 'en', 'yasashii', 'zh-hans', 'vi'] as const;
export type Lang = (typeof LANGS)[number];
export type TranslatedLang = Exclude<Lang, 'ja'>;
export const TRANSLATED_LANGS = LANGS.filter((l): l is TranslatedLang => l !== 'ja');

export interface LangInfo {
  htmlLang: string;
  prefix: string;
  /** Its own name, for the language switch. */
  name: string;
  /**
   * How it writes: 'latin' pages give Japanese names with their romaji and mark Japanese runs lang="ja";
   * 'han' (Chinese) reads Japanese kanji names as they are; 'japanese' is Japanese or やさしい日本語.
   */
  script: 'japanese' | 'latin' | 'han';
  /** Between items of a list, and between two sentences. */
  separator: string;
  space: string;
  /** The language as content lists the languages a line speaks (content/national/language-lines.yaml). */
  speaks?: string;
}

export const LANG_INFO: Record<Lang, LangInfo> = {
  ja: { htmlLang: 'ja', prefix: '', name: '日本語', script: 'japanese', separator: '、', space: '' },
  en: { htmlLang: 'en', prefix: '/en', name: 'English', script: 'latin', separator: ', ', space: ' ', speaks: 'English' },
  // やさしい日本語 is Japanese: screen readers keep the Japanese voice.
  yasashii: { htmlLang: 'ja', prefix: '/yasashii', name: 'やさしい にほんご', script: 'japanese', separator: '、', space: '' },
  'zh-hans': { htmlLang: 'zh-Hans', prefix: '/zh-hans', name: '简体中文', script: 'han', separator: '、', space: '', speaks: 'Chinese' },
  vi: { htmlLang: 'vi', prefix: '/vi', name: 'Tiếng Việt', script: 'latin', separator: ', ', space: ' ', speaks: 'Vietnamese' },
};

/** The path of a page in a language, from its Japanese path ("/prefectures/tokyo/" → "/en/prefectures/tokyo/"). */
export const localePath = (lang: Lang, jaPath: string) => `${LANG_INFO[lang].prefix}${jaPath}`;

/** The Japanese path of a page from its path in any language. */
export function japanesePath(path: string): { lang: Lang; jaPath: string } {
  for (const lang of TRANSLATED_LANGS) {
    const prefix = LANG_INFO[lang].prefix;
    if (path === prefix || path.startsWith(`${prefix}/`)) return { lang, jaPath: path.slice(prefix.length) || '/' };
  }
  return { lang: 'ja', jaPath: path };
}

/** Pages that exist in every language (the visitor's path); others switch to the language's top page. */
export const TRANSLATED_PAGES: RegExp[] = [
  /^\/$/,
  /^\/prefectures\/$/,
  /^\/prefectures\/[a-z]+\/$/,
  /^\/prefectures\/[a-z]+\/\d{6}\/$/,
  /^\/guide\/safety\/$/,
  /^\/guide\/victims\/([a-z-]+\/)?$/,
  /^\/check\/$/,
  /^\/search\/$/,
  /^\/organisations\/[a-z0-9-]+\/$/,
  /^\/support\/([a-z-]+\/)?$/,
];
export const isTranslatedPage = (jaPath: string) => TRANSLATED_PAGES.some((re) => re.test(jaPath));
