/**
 * The visible text of a built page's <main>, block by block, as the やさしい日本語 check reads it: ルビ readings
 * dropped (the base text is what is measured), kanji written without ルビ noted, and citations left out
 * (source titles, article numbers, <cite>: they quote Japanese documents as published).
 */
import { attribute, htmlTokens, isHidden, isName, walkHtml, type OpenElement } from '../build/html-walk';

const BLOCK = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'caption', 'figcaption', 'label', 'legend', 'summary', 'button', 'div', 'section', 'article', 'ul', 'ol', 'table', 'tr', 'details', 'nav', 'form', 'fieldset']);
// <option> cannot hold ルビ; a name (data-name) is given with its reading where content records one.
const SKIP = new Set(['rt', 'rp', 'cite', 'script', 'style', 'template', 'svg', 'noscript', 'option']);
const SKIP_CLASS = /\b(article-ref|sources|source-list|visually-hidden)\b/;
const KANJI = /[\u4e00-\u9fff々]/;

export interface TextBlock {
  /** The base text, spaces kept. */
  text: string;
  /** Kanji shown without ルビ, in order. */
  bare: string[];
}

const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e] ?? '');

/** Where the check does not read: ルビ readings, citations, scripts, hidden text, a link to a Japanese page, a name, other languages. */
const unread = (e: OpenElement) =>
  SKIP.has(e.name) ||
  SKIP_CLASS.test(attribute(e, 'class') ?? '') ||
  isHidden(e) ||
  attribute(e, 'hreflang') === 'ja' ||
  isName(e) ||
  (attribute(e, 'lang') ?? 'ja') !== 'ja';

export function mainTextBlocks(html: string): TextBlock[] {
  const main = /<main[\s>][\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  const blocks: TextBlock[] = [];
  let current: TextBlock = { text: '', bare: [] };
  const flush = () => {
    if (current.text.trim()) blocks.push({ text: current.text.trim(), bare: current.bare });
    current = { text: '', bare: [] };
  };
  walkHtml(htmlTokens(main), {
    onTag: (tag) => {
      if (BLOCK.has(tag.name) || tag.name === 'br') flush();
    },
    onText: (token, _index, open) => {
      if (open.some(unread)) return;
      const text = decode(token);
      current.text += text;
      if (!open.some((e) => e.name === 'ruby')) current.bare.push(...[...text].filter((c) => KANJI.test(c)));
    },
  });
  flush();
  return blocks;
}

/** A block's sentences: split after 。！？, each with its length in base characters (spaces not counted). */
export function sentencesOf(block: string): { text: string; length: number }[] {
  return block
    .split(/(?<=[。！？])/)
    .map((s) => s.trim())
    .filter((s) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(s))
    .map((text) => ({ text, length: text.replace(/[\s　]/g, '').length }));
}

/** Where Japanese may stay on a page in another language: names, citations, quoted sources, links to Japanese pages. */
const JAPANESE_ALLOWED = (e: OpenElement) =>
  e.name === 'cite' ||
  isName(e) ||
  isHidden(e) ||
  attribute(e, 'hreflang') !== undefined ||
  SKIP_CLASS.test(attribute(e, 'class') ?? '') ||
  ['script', 'style', 'title', 'template', 'svg', 'rt', 'rp'].includes(e.name);

/**
 * Japanese text on a page in another language outside a name, a citation or a link to a Japanese page (or the
 * language switch): what a reader of that language meets untranslated. Allowed: an element marked as a name,
 * a name content knows (`names`, longest first: src/data-tools/known-names.ts) wherever it stands, and a short term or
 * amount quoted in brackets after its gloss ("support money (見舞金)", "(300万円)"). In Chinese only kana counts
 * (kanji are the page's own script).
 */
export function leftoverJapanese(html: string, lang: string, names: readonly string[] = []): string[] {
  const body = /<body[\s>][\s\S]*<\/body>/.exec(html)?.[0] ?? '';
  const J = '\\u3005\\u3040-\\u30ff\\u3400-\\u9fff\\uff01-\\uff5e「」『』・、。ー';
  // In Chinese a run is Japanese only if it has kana (with the kanji joined to it); elsewhere any kana or kanji, with the digits inside it (令和6年).
  const run = lang === 'zh-hans' ? /[\u3005\u4e00-\u9fff]*[\u3041-\u30fa\u30fc-\u30ff][\u3040-\u30ff\u3005\u4e00-\u9fff]*/g : new RegExp(`[0-9,]*[${J}]+(?:[0-9,]+[${J}]+)*`, 'g');
  // The page's text outside allowed elements, those replaced by a space (so brackets around a quoted term stay next to it).
  let text = '';
  walkHtml(htmlTokens(body), {
    onTag: (tag, _index, open) => {
      if (BLOCK.has(tag.name) || tag.name === 'br') text += '\n';
      // An allowed element just opened inside text that is read: it stands as a space.
      if (!tag.closing && open.length && JAPANESE_ALLOWED(open.at(-1)!) && !open.slice(0, -1).some(JAPANESE_ALLOWED)) text += ' ';
    },
    onText: (token, _index, open) => {
      if (!open.some(JAPANESE_ALLOWED)) text += decode(token);
    },
  });
  // Known names (longest first, as knownNames gives them) stand for themselves wherever they are; so do a sentence
  // quoted to be said or shown (「…」) and a bracketed citation of articles ("(Sources: Tokushima rules, 要綱 第8条)").
  for (const name of names) text = text.replaceAll(name, ' ');
  text = text.replace(/「[^「」\n]{1,60}」|“[^“”\n]{1,60}”/g, ' ').replace(/[(（](Sources?|Căn cứ|依据)[:：][^()（）\n]*(\([^()\n]*\)[^()（）\n]*)*[)）]/g, ' ');
  const found: string[] = [];
  for (const m of text.matchAll(run)) {
    const before = text.slice(0, m.index).trimEnd().at(-1);
    // A quoted term: inside a short bracket after its gloss, alone or with others ("(自賠責保険 or 共済)", "(NTTひかり電話)").
    const opened = Math.max(text.lastIndexOf('(', m.index), text.lastIndexOf('（', m.index));
    const closedBefore = Math.max(text.lastIndexOf(')', m.index), text.lastIndexOf('）', m.index), text.lastIndexOf('\n', m.index));
    const close = text.slice(m.index).search(/[)）\n]/);
    const group = opened > closedBefore && close >= 0 ? text.slice(opened, m.index + close + 1) : '';
    const after = text.slice(m.index + m[0].length).trimStart()[0];
    const listed = '(（/,、'.includes(before ?? 'x') && ')）/,、:;'.includes(after ?? 'x') && m[0].length <= 40;
    const quoted = (listed || (/[)）]$/.test(group) && group.length <= 120)) && !m[0].includes('。');
    // An item marker of a cited article after its number ("Art. 6, para. 2, (4)エ").
    const itemMarker = before === ')' && /^[ア-ン]$/.test(m[0]);
    if (!quoted && !itemMarker && /[\u3040-\u30ff\u3400-\u9fff]/.test(m[0])) found.push(m[0]);
  }
  return found;
}
