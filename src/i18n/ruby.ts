/**
 * やさしい日本語 writes ルビ on harder kanji as {漢字|かんじ}. These helpers turn that notation into
 * <ruby> markup (escaped) for the page, or into plain text where markup cannot go (titles, labels).
 */
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
export const RUBY = /\{([^|{}]+)\|([^|{}]+)\}/g;

export function rubyHtml(text: string): string {
  return escape(text).replace(RUBY, (_, base: string, reading: string) => `<ruby>${base}<rt>${reading}</rt></ruby>`);
}

export function plainText(text: string): string {
  return text.replace(RUBY, (_, base: string) => base);
}
