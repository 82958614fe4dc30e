/**
 * After `astro build`, over every page in dist/: its CSP narrowed to its own inline hashes (page-csp.ts),
 * and on English pages the Japanese runs marked lang="ja" (mark-japanese.ts).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageCsp } from './page-csp';
import { markJapanese } from './mark-japanese';

const dist = process.argv[2] ?? 'dist';
let before = 0;
let after = 0;
let english = 0;
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
  if (/^<!doctype html>\s*<html lang="en"/i.test(finished)) {
    finished = markJapanese(finished);
    english += 1;
  }
  if (finished !== html) writeFileSync(path, finished);
}
console.log(`CSP narrowed to each page's own inline hashes: ${((before - after) / 1024).toFixed(0)} KB less HTML in total; Japanese marked on ${english} English pages`);
