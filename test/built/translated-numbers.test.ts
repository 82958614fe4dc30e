/**
 * A page in another language gives the same numbers to call as its Japanese page: every prefecture,
 * municipality and organisation page's main content has the same tel: links in every language.
 */
import { existsSync, readFileSync, globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANG_INFO, TRANSLATED_LANGS } from '../../src/i18n';

const tels = (file: string) => {
  const main = /<main[\s>][\s\S]*<\/main>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
  return [...new Set([...main.matchAll(/href="(tel:[^"]+)"/g)].map((m) => m[1]))].sort();
};
const japanese = globSync('dist/{prefectures/*,prefectures/*/[0-9]*,organisations/*}/index.html');

describe('numbers on translated pages', () => {
  it('every translated prefecture, municipality and organisation page has its Japanese page’s tel: links', () => {
    expect(japanese.length).toBeGreaterThan(1900);
    const differing = japanese.flatMap((file) =>
      TRANSLATED_LANGS.flatMap((lang) => {
        const translated = file.replace(/^dist\//, `dist${LANG_INFO[lang].prefix}/`);
        if (!existsSync(translated)) return [`${translated}: missing`];
        return JSON.stringify(tels(translated)) === JSON.stringify(tels(file)) ? [] : [`${translated}: ${tels(translated).join(' ')} ≠ ${tels(file).join(' ')}`];
      }),
    );
    expect(differing.slice(0, 10)).toEqual([]);
  }, 60_000); // some 10,000 pages are read
});
