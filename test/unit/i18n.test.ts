import { describe, expect, it } from 'vitest';
import { PAGES, UI, japanesePath, localePath, plainText, rubyHtml } from '../../src/i18n';

/** Every key path of a dictionary (functions count as leaves), e.g. "quickExit.button". */
function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort();
}

describe('dictionaries', () => {
  it('every language has every interface string', () => {
    // The translated dictionaries also hold their pages' strings; the shared interface is what Japanese has.
    const shared = (dict: object) => keys(Object.fromEntries(Object.entries(dict).filter(([k]) => k in UI.ja)));
    expect(shared(UI.en)).toEqual(keys(UI.ja));
    expect(shared(UI.yasashii)).toEqual(keys(UI.ja));
  });
  it('every translated language has every page string, and no string is left empty', () => {
    expect(keys(PAGES.yasashii)).toEqual(keys(PAGES.en));
    for (const [lang, dict] of Object.entries(PAGES)) {
      const at = (root: object, path: string) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root);
      // A separator that is empty in Japanese ('' between sentences) may be empty in a language written like it.
      const empty = keys(dict).filter((path) => at(dict, path) === '' && at(UI.ja, path) !== '');
      expect(empty, lang).toEqual([]);
    }
  });
  it('the safety guide has as many sections and points in each language', () => {
    expect(PAGES.yasashii.safety.sections.map((s) => s.items.length)).toEqual(PAGES.en.safety.sections.map((s) => s.items.length));
  });
});

describe('ルビ', () => {
  it('turns {漢字|かんじ} into <ruby>, escaping everything else', () => {
    expect(rubyHtml('{相談|そうだん}できる <b>')).toBe('<ruby>相談<rt>そうだん</rt></ruby>できる &lt;b&gt;');
    expect(plainText('{相談|そうだん}できる')).toBe('相談できる');
  });
});

describe('paths', () => {
  it('a page has one path per language, and each leads back to the Japanese one', () => {
    expect(localePath('en', '/prefectures/tokyo/')).toBe('/en/prefectures/tokyo/');
    expect(japanesePath('/yasashii/prefectures/tokyo/')).toEqual({ lang: 'yasashii', jaPath: '/prefectures/tokyo/' });
    expect(japanesePath('/en/')).toEqual({ lang: 'en', jaPath: '/' });
    expect(japanesePath('/prefectures/')).toEqual({ lang: 'ja', jaPath: '/prefectures/' });
  });
});
