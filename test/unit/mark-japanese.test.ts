import { describe, expect, it } from 'vitest';
import { markJapanese } from '../../src/build/mark-japanese';

describe('Japanese inside English pages is marked lang="ja"', () => {
  it('wraps each Japanese run, with its punctuation and the digits inside it', () => {
    expect(markJapanese('<p>A support plan (支援計画) is made (要綱 第9条第3号).</p>')).toBe(
      '<p>A support plan (<span lang="ja">支援計画</span>) is made (<span lang="ja">要綱</span> <span lang="ja">第9条第3号</span>).</p>',
    );
    expect(markJapanese('<li>Tokushima（徳島県）</li>')).toBe('<li>Tokushima<span lang="ja">（徳島県）</span></li>');
  });
  it('leaves text that is already marked Japanese, attributes, and places where markup cannot go', () => {
    const html =
      '<html lang="en"><head><title>Help (支援)</title></head><body><p lang="ja">県警察 <b>相談</b></p>' +
      '<a href="/x" aria-label="相談">x</a><select><option>北海道</option></select><astro-island><p>相談</p></astro-island><br>後</body></html>';
    const marked = markJapanese(html);
    expect(marked).toContain('<title>Help (支援)</title>');
    expect(marked).toContain('<p lang="ja">県警察 <b>相談</b></p>');
    expect(marked).toContain('aria-label="相談"');
    expect(marked).toContain('<option>北海道</option>');
    expect(marked).toContain('<astro-island><p>相談</p></astro-island>');
    expect(marked).toContain('<br><span lang="ja">後</span>');
  });
  it('marks English inside a Japanese element again only where the element says so', () => {
    expect(markJapanese('<p lang="ja">相談 <span lang="en">help 相談</span></p>')).toBe('<p lang="ja">相談 <span lang="en">help <span lang="ja">相談</span></span></p>');
  });
});
