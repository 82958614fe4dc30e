/**
 * One name for one thing (src/i18n/glossary.ts): no translation, in the dictionaries, the content or the guide,
 * uses a rendering the glossary rules out, and where a Japanese text uses a term, its translation uses the
 * term's approved rendering.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/i18n/glossary';
import { UI, plainText } from '../../src/i18n';
import { loadContent } from '../../src/data-tools/load-content';
import { translationPairs } from '../../src/i18n/localise';

const LANGS = ['en', 'zh-hans', 'vi'] as const;
type GlossLang = (typeof LANGS)[number];

/** Every string of a dictionary; its templates (functions of strings) are called with a stand-in argument. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      return strings((value as (...a: string[]) => unknown)('X', 'X', 'X'));
    } catch {
      return []; // a function of place records (placeNames), not a template
    }
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const content = loadContent();
const yamlFiles = ['content/national/lines.yaml', 'content/national/language-lines.yaml', 'content/national/facts.yaml'];
const contentPairs = [
  ...content.schemes.flatMap((s) => translationPairs(s.data, `content/schemes/${s.id}.yaml`)),
  ...content.prefectures.flatMap((p) => translationPairs(p.data, p.file)),
  ...yamlFiles.flatMap((f) => translationPairs(parseYaml(readFileSync(f, 'utf8')), f)),
];
const guideTexts = (lang: string) => {
  const root = join('content/guide-translations', lang);
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).map((f) => ({ where: join(root, f), text: readFileSync(join(root, f), 'utf8') }));
};
/** Every text a reader of the language meets, with where it is. */
const textsOf = (lang: GlossLang) => [
  ...strings(UI[lang]).map((text) => ({ where: `src/i18n (${lang})`, text })),
  ...contentPairs.filter((p) => p.lang === lang).map(({ where, text }) => ({ where, text })),
  ...guideTexts(lang),
];

describe('the glossary', () => {
  it('gives every term a rendering in every language, and やさしい日本語 an explanation for its hard terms', () => {
    for (const term of GLOSSARY) for (const lang of LANGS) expect(term.renderings[lang].use, `${term.ja} ${lang}`).not.toBe('');
    expect(GLOSSARY.filter((t) => t.yasashii.explain).length).toBeGreaterThan(10);
  });

  for (const lang of LANGS) {
    it(`no ${lang} text uses a rendering the glossary rules out`, () => {
      const found = textsOf(lang).flatMap(({ where, text }) =>
        GLOSSARY.flatMap((term) => (term.renderings[lang].avoid ?? []).filter((re) => new RegExp(re, 'i').test(plainText(text))).map((re) => `${where}: 「${term.ja}」 as /${re}/`)),
      );
      expect(found).toEqual([]);
    });

    it(`where the Japanese uses a term, the ${lang} translation uses its approved rendering (or quotes the term)`, () => {
      // Quoting the Japanese term after its gloss is the site's way to let a reader say it at a desk.
      const rendered = (text: string, term: (typeof GLOSSARY)[number]) => {
        const { use, also = [] } = term.renderings[lang];
        return [use, ...also, term.ja].some((form) => text.toLowerCase().includes(form.toLowerCase()));
      };
      const found = contentPairs
        .filter((p) => p.lang === lang)
        .flatMap((p) =>
          GLOSSARY.filter((term) => plainText(p.ja).includes(term.ja) && !rendered(plainText(p.text), term)).map(
            (term) => `${p.where}: 「${term.ja}」 should be “${term.renderings[lang].use}”`,
          ),
        );
      console.log(`${lang}: ${found.length} content texts without a term's approved rendering`);
      expect(found).toEqual([]);
    });
  }
});
