/**
 * Checks on the built HTML in dist/ (no browser): every page carries the privacy and safety
 * baseline, internal links resolve, and nothing is loaded from another origin.
 */
import { LANGS, LANG_INFO } from '../../src/i18n';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles(DIST).map((file) => ({ file: relative(DIST, file), html: readFileSync(file, 'utf8') }));
const attributes = (html: string, tag: string, attr: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${attr}="([^"]*)"`, 'g'))].map((m) => m[1]);

/** Where an internal link lands in dist/, following the site's directory format. */
function targetExists(href: string): boolean {
  const path = decodeURIComponent(new URL(href, 'http://site.invalid/').pathname);
  const file = join(DIST, path);
  return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
}

describe('built site', () => {
  it('has the pages the README promises', () => {
    const files = pages.map((p) => p.file);
    for (const file of ['index.html', 'prefectures/index.html', 'prefectures/tokushima/index.html', 'prefectures/fukuoka/index.html', 'guide/safety/index.html', '404.html']) {
      expect(files).toContain(file);
    }
  });

  it.each(pages.map((p) => [p.file, p.html]))('%s: lang, referrer, CSP, skip link, quick exit', (file, html) => {
    // Each language's pages say their language (やさしい日本語 is Japanese).
    const lang = LANGS.find((l) => l !== 'ja' && file.startsWith(`${LANG_INFO[l].prefix.slice(1)}/`)) ?? 'ja';
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${LANG_INFO[lang].htmlLang}"[ >]`, 'i'));
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*default-src 'self'/);
    expect(html).toContain('href="#main"');
    expect(html).toContain('data-quick-exit');
  });

  it('loads scripts, styles and images only from this site', () => {
    const offsite = pages.flatMap(({ file, html }) =>
      // <link rel="alternate" hreflang> names the page in other languages with a full URL; browsers fetch nothing for it.
      [...attributes(html, 'script', 'src'), ...attributes(html.replace(/<link rel="alternate"[^>]*>/g, ''), 'link', 'href'), ...attributes(html, 'img', 'src')]
        .filter((url) => /^(https?:)?\/\//.test(url))
        .map((url) => `${file}: ${url}`),
    );
    expect(offsite).toEqual([]);
  });

  it('has no broken internal link', () => {
    const broken = pages.flatMap(({ file, html }) =>
      attributes(html, 'a', 'href')
        .filter((href) => href.startsWith('/'))
        .filter((href) => !targetExists(href))
        .map((href) => `${file}: ${href}`),
    );
    expect(broken).toEqual([]);
  });

  it('ends every directory entry (prefecture, municipality, organisation) with 「情報の誤りを知らせる」', () => {
    const entries = pages.filter(({ file }) => /^(prefectures\/[a-z]+\/(\d{6}\/)?|organisations\/[^/]+\/)index\.html$/.test(file));
    expect(entries.length).toBeGreaterThan(47 + 1700);
    const missing = entries.filter(({ html }) => !/<a href="[^"]+"[^>]*>情報の誤りを知らせる<\/a>/.test(html)).map((p) => p.file);
    expect(missing).toEqual([]);
  });

  it('shows the 見舞金 amounts of 相模原市, and elsewhere says to ask the window without naming an amount', () => {
    const page = (file: string) => pages.find((p) => p.file === file)?.html ?? '';
    const text = (html: string) => html.replace(/<[^>]+>/g, '');
    const sagamihara = text(page('prefectures/kanagawa/141500/index.html'));
    expect(sagamihara).toContain('見舞金');
    for (const amount of ['300,000円', '100,000円', '50,000円']) expect(sagamihara).toContain(amount);
    // 徳島市 has no 見舞金 on record: the page points to the window and names no amount.
    const unknown = text(page('prefectures/tokushima/362018/index.html'));
    expect(unknown).toContain('見舞金があるかどうか');
    expect(unknown).not.toMatch(/\d{1,3}(,\d{3})+円/);
  });

  it('opens outbound links without sending a referrer', () => {
    const leaky = pages.flatMap(({ file, html }) =>
      [...html.matchAll(/<a\b[^>]*href="https?:[^"]*"[^>]*>/g)].map((m) => m[0]).filter((tag) => !/rel="[^"]*noreferrer/.test(tag)).map((tag) => `${file}: ${tag}`),
    );
    expect(leaky).toEqual([]);
  });
});

describe('response headers (public/_headers)', () => {
  it('sets CSP, no referrer, a permissions policy and nosniff for every path', async () => {
    const { siteHeaders } = await import('../e2e/headers');
    const headers = siteHeaders(join(DIST, '_headers'));
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toContain('geolocation=()');
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});
