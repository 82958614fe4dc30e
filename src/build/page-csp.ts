/**
 * Astro writes the hash of every inline script and style of the whole site into every page's CSP.
 * A page needs only the hashes of what it inlines itself: the rest is some 300 bytes of incompressible
 * text on each of thousands of pages. pageCsp() keeps, in script-src and style-src, the sources that are
 * not hashes plus the hashes of the page's own inline <script> and <style> elements.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of the inline elements of one kind (<script> without src, <style>) in a page. */
function inlineHashes(html: string, tag: 'script' | 'style'): Set<string> {
  const pattern = new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return new Set([...html.matchAll(pattern)].map((m) => sha256(m[1])));
}

/** The page with its CSP narrowed to its own inline hashes; unchanged when it has no CSP meta tag. */
export function pageCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const own = { 'script-src': inlineHashes(html, 'script'), 'style-src': inlineHashes(html, 'style') };
  const policy = meta[1]
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive.trim();
      // An inline element whose hash Astro did not list would be blocked already: say so rather than ship it.
      const missing = [...own[name]].filter((hash) => !sources.includes(hash));
      if (missing.length > 0) throw new Error(`${name}: inline ${name === 'script-src' ? 'script' : 'style'} without a CSP hash (${missing.join(' ')})`);
      return [name, ...sources.filter((s) => !s.startsWith("'sha") || own[name].has(s))].join(' ');
    })
    .join('; ');
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}
