/**
 * English pages quote Japanese terms after their English gloss ("support plan (支援計画)") so that a
 * victim can say them at a help desk. A screen reader must read those in a Japanese voice (WCAG 3.1.2):
 * markJapanese() wraps each run of Japanese in the text of a page in <span lang="ja">, except where
 * an element already says lang="ja", where markup cannot go (title, option, textarea, script, style),
 * and inside islands, which mark their own text the same way (src/islands/fields.tsx).
 */
import { JAPANESE_RUN } from '../i18n/japanese-runs';
import { attribute, htmlTokens, walkHtml } from './html-walk';

const NO_MARKUP = new Set(['title', 'option', 'textarea', 'script', 'style', 'astro-island', 'svg']);

export function markJapanese(html: string, run: RegExp = JAPANESE_RUN): string {
  const tokens = htmlTokens(html);
  walkHtml(tokens, {
    onText: (text, index, open) => {
      // Left alone where markup cannot go, and where the closest element that names a language says Japanese.
      const lang = [...open].reverse().map((e) => attribute(e, 'lang')).find((l) => l !== undefined);
      if (open.some((e) => NO_MARKUP.has(e.name)) || lang === 'ja') return;
      tokens[index] = text.replace(run, (japanese) => `<span lang="ja">${japanese}</span>`);
    },
  });
  return tokens.join('');
}
