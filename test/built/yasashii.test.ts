/**
 * やさしい日本語 pages against the 在留支援のためのやさしい日本語ガイドライン (出入国在留管理庁・文化庁), measured on the
 * built pages' main text (ルビ readings dropped, citations left out): short sentences, ルビ on every kanji above
 * grade 2, no 尊敬語・謙譲語, and every hard glossary term explained on the page that uses it. The figures are printed.
 */
import { readFileSync, globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mainTextBlocks, sentencesOf } from '../../src/data-tools/page-text';
import { EARLY_KANJI, EARLY_KANJI_COUNTS } from '../../src/i18n/kanji-grades';
import { GLOSSARY } from '../../src/i18n/glossary';
import { rubyHtml } from '../../src/i18n';
import { saysExplanation } from '../../src/build/explain-terms';
import { loadContent } from '../../src/data-tools/load-content';

/** A sentence longer than this many base characters (spaces not counted) is long. */
const LIMIT = 40;
/** The share of long sentences allowed. */
const LONG_SHARE = 0.1;
const HONORIFIC = /(ございます|いたします|いたしま|おります|申し上げ|いらっしゃ|おっしゃ|くださいませ|伺い|存じ|ご覧|させていただ|なさい|召し上が|お越し|お待ちして)/;

// Every page once; of the 1,741 municipality pages (one template), one per prefecture, so that a template does not outweigh the rest.
const files = globSync('dist/yasashii/**/index.html').filter((f, _, all) => {
  const m = /prefectures\/([a-z]+)\/\d{6}\//.exec(f);
  return !m || all.find((g) => g.includes(`/prefectures/${m[1]}/`) && /\d{6}\//.test(g)) === f;
});
const pages = files.map((file) => ({ file, blocks: mainTextBlocks(readFileSync(file, 'utf8')) }));
const sentences = new Map<string, string>();
for (const { file, blocks } of pages) for (const b of blocks) for (const s of sentencesOf(b.text)) if (!sentences.has(s.text)) sentences.set(s.text, file);

describe('やさしい日本語 pages', () => {
  it('the kanji table holds the 80 + 160 kanji of grades 1 and 2', () => {
    expect(EARLY_KANJI_COUNTS).toEqual({ grade1: 80, grade2: 160 });
  });

  it(`at most ${LONG_SHARE * 100} % of sentences are longer than ${LIMIT} characters`, () => {
    const long = [...sentences.keys()].filter((s) => s.replace(/[\s　]/g, '').length > LIMIT);
    const share = long.length / sentences.size;
    console.log(`やさしい日本語: ${sentences.size} distinct sentences on ${pages.length} pages; ${long.length} over ${LIMIT} characters (${(share * 100).toFixed(1)} %)`);
    expect(share).toBeLessThanOrEqual(LONG_SHARE);
  });

  it('every kanji above grade 2 has ルビ, outside names and citations', () => {
    const bare = pages.flatMap(({ file, blocks }) => blocks.filter((b) => b.bare.some((k) => !EARLY_KANJI.has(k))).map((b) => `${file}: ${b.text.slice(0, 60)}`));
    const unread = [...loadContent().organisations.values()].filter((o) => !o.data.reading).map((o) => o.data.name);
    console.log(`やさしい日本語: ${bare.length} blocks with kanji above grade 2 and no ルビ; organisation names without a recorded reading: ${unread.length} (${unread.join('、')})`);
    expect(bare.slice(0, 20)).toEqual([]);
  });

  it('uses no 尊敬語 or 謙譲語', () => {
    const found = [...sentences.keys()].filter((s) => HONORIFIC.test(s));
    console.log(`やさしい日本語: ${found.length} sentences with honorific or humble forms`);
    expect(found).toEqual([]);
  });

  it('explains every hard glossary term on the page that uses it', () => {
    const terms = GLOSSARY.filter((t) => t.yasashii.explain);
    const unexplained = pages.flatMap(({ file, blocks }) => {
      const text = blocks.map((b) => b.text).join('\n');
      // A term in brackets after plain words («お金（見舞金）») is glossed where it stands.
      const unglossed = (t: (typeof terms)[number]) => text.replace(/\s/g, '').split(t.yasashii.base).slice(0, -1).some((before) => !before.endsWith('（'));
      return terms.filter((t) => unglossed(t) && !saysExplanation(text, rubyHtml(t.yasashii.explain!))).map((t) => `${file}: ${t.ja}`);
    });
    console.log(`やさしい日本語: ${unexplained.length} glossary terms used without their explanation`);
    expect(unexplained.slice(0, 20)).toEqual([]);
  });
});
