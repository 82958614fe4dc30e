/**
 * No Japanese is left on a page in another language outside a name (data-name), a citation (<cite>, article and
 * source references), a link to a Japanese page, or a short term quoted in brackets after its gloss. Every
 * translated page is read; the count per language is printed.
 */
import { readFileSync, globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leftoverJapanese } from '../../src/data-tools/page-text';
import { LANG_INFO, TRANSLATED_LANGS } from '../../src/i18n';
import { loadContent } from '../../src/data-tools/load-content';
import { knownNames } from '../../src/data-tools/known-names';

const names = knownNames(loadContent());

describe('Japanese left on translated pages', () => {
  for (const lang of TRANSLATED_LANGS.filter((l) => LANG_INFO[l].script !== 'japanese')) {
    it(`${lang}: none outside names, citations and quoted terms`, () => {
      const files = globSync(`dist${LANG_INFO[lang].prefix}/**/index.html`);
      const found = files.flatMap((file) => leftoverJapanese(readFileSync(file, 'utf8'), lang, names).map((run) => `${file}: ${run}`));
      console.log(`${lang}: ${files.length} pages, ${found.length} runs of Japanese outside names, citations and quoted terms`);
      expect(files.length).toBeGreaterThan(1700);
      expect(found.slice(0, 30)).toEqual([]);
    }, 60_000); // every page of the language is read
  }
});
