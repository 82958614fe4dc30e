/**
 * English pages quote Japanese terms after their English gloss ("support plan (支援計画)") so that a
 * victim can say them at a window. A screen reader must read those in a Japanese voice (WCAG 3.1.2):
 * markJapanese() wraps each run of Japanese in the text of a page in <span lang="ja">, except where
 * an element already says lang="ja", where markup cannot go (title, option, textarea, script, style),
 * and inside islands, which mark their own text the same way (src/islands/fields.tsx).
 */
import { JAPANESE_RUN } from '../i18n/japanese-runs';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const NO_MARKUP = new Set(['title', 'option', 'textarea', 'script', 'style', 'astro-island', 'svg']);

export function markJapanese(html: string): string {
  // Each open element and whether text inside it is left alone (already Japanese, or no markup allowed).
  const stack: { name: string; leave: boolean }[] = [];
  return html
    .split(/(<!--[\s\S]*?-->|<[^>]+>)/)
    .map((token) => {
      if (token.startsWith('<!--')) return token;
      const tag = /^<(\/)?([a-zA-Z][\w-]*)([^>]*)>$/.exec(token);
      if (tag) {
        const [, closing, rawName, attributes] = tag;
        const name = rawName.toLowerCase();
        if (closing) {
          const at = stack.map((e) => e.name).lastIndexOf(name);
          if (at >= 0) stack.length = at;
        } else if (!VOID.has(name) && !attributes.trimEnd().endsWith('/')) {
          const lang = /\blang="([^"]*)"/.exec(attributes)?.[1];
          const inherited = stack.at(-1)?.leave ?? false;
          stack.push({ name, leave: NO_MARKUP.has(name) || (lang === undefined ? inherited : lang === 'ja') });
        }
        return token;
      }
      if (token.startsWith('<') || stack.at(-1)?.leave) return token;
      return token.replace(JAPANESE_RUN, (run) => `<span lang="ja">${run}</span>`);
    })
    .join('');
}
