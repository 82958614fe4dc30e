/**
 * やさしい日本語 pages explain each hard term of the glossary (src/i18n/glossary.ts) once: after the first place
 * in the page's main text where the term appears in running text, its one-line explanation is added in brackets
 * (after the heading or link that holds it, where it appears only there; never inside a citation or a control),
 * unless the page already says it. The text's ルビ is kept: a term
 * may run across several <ruby> elements ({被害者|ひがいしゃ}{参加|さんか}).
 */
import { GLOSSARY } from '../i18n/glossary';
import { rubyHtml } from '../i18n/ruby';
import { attribute, elementEnds, htmlTokens, isHidden, walkHtml, type OpenElement } from './html-walk';

/** Where a note cannot go: it would change a heading, a link's name, a control or a quotation. */
const NO_NOTE = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'option', 'label', 'legend', 'summary', 'cite', 'title', 'script', 'style', 'template', 'svg', 'astro-island']);
const UNREAD = new Set(['rt', 'rp', 'script', 'style']);

interface Char {
  token: number;
  offset: number;
  /** The token closing the <ruby> this character is the base of, if any. */
  rubyEnd?: number;
  /** Where a note after this character goes when it cannot go inside: after the heading or link that holds it (-1: nowhere). */
  blockedEnd?: number;
}

const blocks = (e: OpenElement) =>
  NO_NOTE.has(e.name) || /\b(article-ref|sources|term-note)\b/.test(attribute(e, 'class') ?? '') || isHidden(e);

function readMain(tokens: string[]): { base: string; chars: Char[] } {
  const ends = elementEnds(tokens);
  const chars: Char[] = [];
  let base = '';
  walkHtml(tokens, {
    onText: (text, index, open) => {
      if (open.some((e) => UNREAD.has(e.name))) return;
      const ruby = [...open].reverse().find((e) => e.name === 'ruby');
      const blocker = open.find(blocks);
      // A note cannot follow a citation, a hidden element or a control: only a heading's or link's end takes one.
      const blockedEnd = blocker === undefined ? undefined : /^(a|h[1-6])$/.test(blocker.name) ? (ends.get(blocker.token) ?? -1) : -1;
      for (let offset = 0; offset < text.length; offset++) chars.push({ token: index, offset, rubyEnd: ruby ? ends.get(ruby.token) : undefined, blockedEnd });
      base += text;
    },
  });
  return { base, chars };
}

const baseText = (html: string) => html.replace(/<rt>[^<]*<\/rt>/g, '').replace(/<[^>]+>/g, '').replace(/\s/g, '');

/** Whether a page's text already says an explanation, also where another term's note in brackets sits inside it. */
export function saysExplanation(pageHtml: string, explanationHtml: string): boolean {
  const page = baseText(pageHtml);
  const explanation = baseText(explanationHtml);
  return page.includes(explanation) || page.replace(/（[^（）]*）/g, '').includes(explanation);
}

export function explainTerms(html: string): string {
  let out = html;
  for (const term of GLOSSARY) {
    const { base: word, explain } = term.yasashii;
    if (!explain) continue;
    const start = out.search(/<main[\s>]/);
    const end = out.lastIndexOf('</main>');
    if (start < 0 || end < 0) return out;
    const tokens = htmlTokens(out.slice(start, end));
    const { base, chars } = readMain(tokens);
    const note = rubyHtml(explain);
    if (saysExplanation(base, note)) continue;
    // The first place in running text; else after the first heading or link that holds the term.
    // A term in brackets after plain words («お金（見舞金）») is already glossed there.
    const places: number[] = [];
    for (let at = base.indexOf(word); at >= 0; at = base.indexOf(word, at + 1)) if (base[at - 1] !== '（') places.push(at);
    const at = places.find((i) => chars[i].blockedEnd === undefined) ?? places.find((i) => (chars[i].blockedEnd ?? -1) >= 0);
    if (at === undefined) continue;
    const last = chars[at + word.length - 1];
    const span = `<span class="term-note">（${note}）</span>`;
    if (last.blockedEnd !== undefined) tokens[last.blockedEnd] += span;
    else if (last.rubyEnd !== undefined) tokens[last.rubyEnd] += span;
    else tokens[last.token] = tokens[last.token].slice(0, last.offset + 1) + span + tokens[last.token].slice(last.offset + 1);
    out = out.slice(0, start) + tokens.join('') + out.slice(end);
  }
  return out;
}
