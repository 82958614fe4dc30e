/**
 * After `astro build`, over every page in dist/: its CSP narrowed to its own inline hashes (page-csp.ts), on pages
 * in another language the Japanese runs marked lang="ja" (mark-japanese.ts; in Chinese, runs with kana), and on やさしい日本語 pages each
 * glossary term explained where it first appears (explain-terms.ts) and ルビ left off grade 1–2 kanji (ruby-trim.ts).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageCsp } from './page-csp';
import { markJapanese } from './mark-japanese';
import { chineseRuns } from '../i18n/japanese-runs';
import { loadContent } from '../data-tools/load-content';
import { knownNames } from '../data-tools/known-names';
import { explainTerms } from './explain-terms';
import { trimEarlyRubyHtml } from '../i18n/ruby-trim';

const dist = process.argv[2] ?? 'dist';
// The Japanese runs of the Chinese pages: the names content knows, and kana (one pattern for every page).
const chineseJapanese = chineseRuns(knownNames(loadContent()));
let before = 0;
let after = 0;
let marked = 0;
let explained = 0;
for (const file of readdirSync(dist, { recursive: true }) as string[]) {
  if (!file.endsWith('.html')) continue;
  const path = join(dist, file);
  const html = readFileSync(path, 'utf8');
  let finished: string;
  try {
    finished = pageCsp(html);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  before += html.length;
  after += finished.length;
  if (/^<!doctype html>\s*<html lang="(en|vi)"/i.test(finished)) {
    finished = markJapanese(finished);
    marked += 1;
  } else if (/^<!doctype html>\s*<html lang="zh-Hans"/i.test(finished)) {
    finished = markJapanese(finished, chineseJapanese);
    marked += 1;
  }
  if (file.startsWith('yasashii/')) {
    finished = explainTerms(trimEarlyRubyHtml(finished));
    explained += 1;
  }
  if (finished !== html) writeFileSync(path, finished);
}
console.log(`CSP narrowed to each page's own inline hashes: ${((before - after) / 1024).toFixed(0)} KB less HTML in total; Japanese marked on ${marked} pages in English, Chinese or Vietnamese; terms explained on ${explained} やさしい日本語 pages`);
