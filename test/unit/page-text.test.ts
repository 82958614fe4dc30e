import { describe, expect, it } from 'vitest';
import { leftoverJapanese, mainTextBlocks, sentencesOf } from '../../src/data-tools/page-text';
import { explainTerms } from '../../src/build/explain-terms';
import { markJapanese } from '../../src/build/mark-japanese';
import { chineseRuns } from '../../src/i18n/japanese-runs';

const page = (main: string) => `<!DOCTYPE html><html lang="en"><body><main>${main}</main></body></html>`;

describe('Japanese left on a page in another language', () => {
  it('finds untranslated Japanese, and allows names, citations, links to Japanese pages and quoted terms', () => {
    expect(leftoverJapanese(page('<p>Call the 窓口 now.</p>'), 'en')).toEqual(['窓口']);
    expect(leftoverJapanese(page('<p>Call the help desk (窓口) now.</p>'), 'en')).toEqual([]);
    expect(leftoverJapanese(page('<p><span lang="ja" data-name>警視庁</span> <cite lang="ja">刑事訴訟法第290条</cite> <a href="/" hreflang="ja">日本語</a></p>'), 'en')).toEqual([]);
    expect(leftoverJapanese(page('<p>Call 警視庁 today.</p>'), 'en', ['警視庁'])).toEqual([]);
  });
  it('in Chinese counts only kana', () => {
    expect(leftoverJapanese(page('<p>请联系窗口。</p>'), 'zh-hans')).toEqual([]);
    expect(leftoverJapanese(page('<p>请联系まどぐち。</p>'), 'zh-hans')).toEqual(['请联系まどぐち']); // with the kanji joined to the kana, so a quoted term can be recognised whole
  });
});

describe('the text of a やさしい日本語 page', () => {
  it('reads the base text of ルビ, notes kanji without it, and leaves citations out', () => {
    const blocks = mainTextBlocks(page('<p><ruby>被害<rt>ひがい</rt></ruby>の 相談です。</p><p class="article-ref">第3条</p>'));
    expect(blocks).toEqual([{ text: '被害の 相談です。', bare: ['相', '談'] }]);
    expect(sentencesOf('みじかい ぶんです。つぎの ぶんです。').map((s) => s.length)).toEqual([9, 8]);
  });
  it('explains a glossary term once, where it first appears in running text', () => {
    const html = page('<h2><ruby>起訴<rt>きそ</rt></ruby></h2><p>かがいしゃが <ruby>起訴<rt>きそ</rt></ruby>されました。<ruby>起訴<rt>きそ</rt></ruby>の あと</p>');
    const explained = explainTerms(html);
    expect(explained.match(/term-note/g)).toHaveLength(1);
    expect(explained).toContain('<p>かがいしゃが <ruby>起訴<rt>きそ</rt></ruby><span class="term-note">（');
    expect(explainTerms(explained)).toBe(explained);
  });
});

describe('marking Japanese on an English page', () => {
  it('wraps runs of Japanese, but not inside an element already in Japanese', () => {
    expect(markJapanese(page('<p>support money (見舞金)</p><p lang="ja">見舞金</p>'))).toContain('<p>support money (<span lang="ja">見舞金</span>)</p><p lang="ja">見舞金</p>');
  });
  it('on a Chinese page marks only runs with kana: the Chinese stays Chinese', () => {
    expect(markJapanese(page('<p>请联系窗口或法テラス。</p>'), chineseRuns(['法テラス']))).toContain('<p>请联系窗口或<span lang="ja">法テラス</span>。</p>');
    expect(markJapanese(page('<p>请说“まどぐち”。</p>'), chineseRuns([]))).toContain('<p>请说“<span lang="ja">まどぐち</span>”。</p>');
  });
});
