/**
 * やさしい日本語 pages explain each hard term of the glossary (src/i18n/glossary.ts) once: after the first place
 * in the page's main text where the term appears in running text, its one-line explanation is added in brackets
 * (after the heading or link that holds it, where it appears only there; never inside a citation or a control),
 * unless the page already says it. The text's ルビ is kept: a term
 * may run across several <ruby> elements ({被害者|ひがいしゃ}{参加|さんか}).
 */
import { GLOSSARY } from '../i18n/glossary';
import { rubyHtml } from '../i18n/ruby';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Where a note cannot go: it would change a heading, a link's name, a control or a quotation. */
const NO_NOTE = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'option', 'label', 'legend', 'summary', 'cite', 'title', 'script', 'style', 'template', 'svg', 'astro-island']);

interface Char {
  token: number;
  offset: number;
  /** The token closing the <ruby> this character is the base of, if any. */
  rubyEnd?: number;
  /** Where a note after this character goes when it cannot go inside: after the heading or link that holds it. */
  blockedEnd?: number;
}

function readMain(tokens: string[]): { base: string; chars: Char[] } {
  // Where each element closes (its matching end tag), by the index of its start tag.
  const ends = new Map<number, number>();
  const open: { name: string; token: number }[] = [];
  tokens.forEach((token, i) => {
    const tag = /^<(\/)?([a-zA-Z][\w-]*)([^>]*)>$/.exec(token);
    if (!tag || VOID.has(tag[2].toLowerCase()) || tag[3].trimEnd().endsWith('/')) return;
    const name = tag[2].toLowerCase();
    if (!tag[1]) open.push({ name, token: i });
    else {
      const at = open.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) {
        ends.set(open[at].token, i);
        open.length = at;
      }
    }
  });
  const stack: { name: string; token: number; blockedBy?: number }[] = [];
  const chars: Char[] = [];
  let base = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const tag = /^<(\/)?([a-zA-Z][\w-]*)([^>]*)>$/.exec(token);
    if (tag) {
      const [, closing, rawName, attributes] = tag;
      const name = rawName.toLowerCase();
      if (closing) {
        const at = stack.map((e) => e.name).lastIndexOf(name);
        if (at >= 0) stack.length = at;
      } else if (!VOID.has(name) && !attributes.trimEnd().endsWith('/')) {
        const cls = /\bclass="([^"]*)"/.exec(attributes)?.[1] ?? '';
        const blocks = NO_NOTE.has(name) || /\b(article-ref|sources|term-note)\b/.test(cls) || /(^|\s)hidden(\s|=|$)/.test(attributes);
        stack.push({ name, token: i, blockedBy: stack.at(-1)?.blockedBy ?? (blocks ? i : undefined) });
      }
      continue;
    }
    if (token.startsWith('<') || stack.some((e) => ['rt', 'rp', 'script', 'style'].includes(e.name))) continue;
    const ruby = [...stack].reverse().find((e) => e.name === 'ruby');
    const blockedBy = stack.at(-1)?.blockedBy;
    // A note cannot follow a citation, a hidden element or a control: only a heading's or link's end takes one.
    const after = blockedBy === undefined ? undefined : /^<(a|h[1-6])[\s>]/.test(tokens[blockedBy]) ? ends.get(blockedBy) : -1;
    for (let offset = 0; offset < token.length; offset++) {
      chars.push({ token: i, offset, rubyEnd: ruby ? ends.get(ruby.token) : undefined, blockedEnd: after });
      base += token[offset];
    }
  }
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
    const tokens = out.slice(start, end).split(/(<!--[\s\S]*?-->|<[^>]+>)/);
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
