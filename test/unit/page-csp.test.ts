import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageCsp } from '../../src/build/page-csp';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (csp: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;
const cspOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('each page’s CSP lists only its own inline hashes', () => {
  const own = 'console.log(1)';
  const other = 'console.log(2)';
  const style = 'p{color:red}';
  const csp = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(own)} ${hash(other)}; style-src 'self' ${hash(style)}`;

  it('keeps the hashes of the scripts and styles the page inlines, and every other source', () => {
    const narrowed = cspOf(pageCsp(page(csp, `<script type="module">${own}</script><script src="/a.js"></script>`)));
    expect(narrowed).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(own)}; style-src 'self'`);
  });
  it('fails the build when a page inlines a script the CSP would block', () => {
    expect(() => pageCsp(page(csp, '<script>alert(1)</script>'))).toThrow(/script-src: inline script without a CSP hash/);
  });
  it('leaves a page without a CSP as it is', () => {
    expect(pageCsp('<p>no csp</p>')).toBe('<p>no csp</p>');
  });
});
