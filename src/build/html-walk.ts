/**
 * Built pages read as a sequence of tokens (tags, comments, text) with the elements open around each one:
 * the one walk that marking Japanese, explaining terms and the page-text checks share.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface OpenElement {
  name: string;
  attributes: string;
  /** The index of its start tag among the tokens. */
  token: number;
}

export interface Tag {
  name: string;
  attributes: string;
  closing: boolean;
}

export const htmlTokens = (html: string) => html.split(/(<!--[\s\S]*?-->|<[^>]+>)/);

export const attribute = (element: Pick<OpenElement, 'attributes'>, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(element.attributes)?.[1];

/** The element has the `hidden` attribute (not a class such as visually-hidden). */
export const isHidden = (element: Pick<OpenElement, 'attributes'>) => /(^|\s)hidden(\s|=|$)/.test(element.attributes);

/** The element is marked as a name kept in Japanese (data-name). */
export const isName = (element: Pick<OpenElement, 'attributes'>) => /\bdata-name\b/.test(element.attributes);

/**
 * Calls `onTag` for each tag (after it has opened or closed its element) and `onText` for each text token, each
 * with the elements open around it, outermost first. A void or self-closed element never stays open; an end
 * tag closes back to its element.
 */
export function walkHtml(
  tokens: readonly string[],
  visit: { onTag?: (tag: Tag, index: number, open: readonly OpenElement[]) => void; onText?: (text: string, index: number, open: readonly OpenElement[]) => void },
): void {
  const open: OpenElement[] = [];
  tokens.forEach((token, index) => {
    if (token.startsWith('<!--')) return;
    const tag = /^<(\/)?([a-zA-Z][\w-]*)([^>]*)>$/.exec(token);
    if (tag) {
      const [, closing, rawName, attributes] = tag;
      const name = rawName.toLowerCase();
      if (closing) {
        const at = open.map((e) => e.name).lastIndexOf(name);
        if (at >= 0) open.length = at;
      } else if (!VOID.has(name) && !attributes.trimEnd().endsWith('/')) open.push({ name, attributes, token: index });
      visit.onTag?.({ name, attributes, closing: Boolean(closing) }, index, open);
      return;
    }
    if (!token.startsWith('<')) visit.onText?.(token, index, open);
  });
}

/** Where each element closes (the index of its end tag), by the index of its start tag. */
export function elementEnds(tokens: readonly string[]): Map<number, number> {
  const ends = new Map<number, number>();
  let before: readonly OpenElement[] = [];
  walkHtml(tokens, {
    onTag: (tag, index, open) => {
      if (tag.closing) for (const element of before.slice(open.length)) ends.set(element.token, index);
      before = [...open];
    },
  });
  return ends;
}
