/**
 * npm run budget — a benchmark, not a test: prints the bytes each page type ships, the cost of the
 * first search, and build time at scale, each against its target. Needs a built dist/ and Chromium.
 * `--scale` also builds a copy of the site with 10× synthetic municipalities (never committed).
 */
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../e2e/static-server';
import { lighthouseScores } from './lighthouse';

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const row = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' ');
let misses = 0;
const verdict = (value: number, target: number) => (value <= target ? 'ok' : (misses++, 'OVER'));
const atLeast = (value: number, target: number) => `${value} ${value >= target ? 'ok' : (misses++, 'UNDER')}`;

interface Sizes { html: number; css: number; js: number; jsFiles: number; jsFileBytes: number; data: number }

async function pageSizes(): Promise<[string, Sizes, Partial<Record<keyof Sizes, number>>][]> {
  const { url, server } = await serveStatic(resolve('dist'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
  // Ordinary pages: the quick exit (inline, 1.5 KB) and the "who answers now" script with its holiday table (3 KB).
  const ORDINARY_JS = 4.5 * KB;
  const pages: [string, string, Partial<Record<keyof Sizes, number>>][] = [
    ['top', '/', { html: 15 * KB, js: ORDINARY_JS, css: 10 * KB }],
    ['prefecture', '/prefectures/tokushima/', { html: 15 * KB, js: ORDINARY_JS, css: 10 * KB }],
    ['municipality', '/prefectures/hokkaido/011002/', { html: 7 * KB, js: ORDINARY_JS, css: 10 * KB }],
    ['guide', '/guide/victims/', { html: 7 * KB, js: ORDINARY_JS, css: 10 * KB }],
    // The criteria tables live on the prefecture pages, so /check/ does not grow with the data.
    // data: the rules bundle the island fetches at load (the same file for every visitor).
    ['check', '/check/', { html: 15 * KB, js: 25 * KB, css: 10 * KB, data: 20 * KB }],
    // Every language under the same budgets: its words ride in the HTML (the island's props) and its bundle.
    ['check en', '/en/check/', { html: 15 * KB, js: 25 * KB, css: 10 * KB, data: 20 * KB }],
    ['check yasashii', '/yasashii/check/', { html: 15 * KB, js: 25 * KB, css: 10 * KB, data: 20 * KB }],
    ['check zh-hans', '/zh-hans/check/', { html: 15 * KB, js: 25 * KB, css: 10 * KB, data: 20 * KB }],
    ['check vi', '/vi/check/', { html: 15 * KB, js: 25 * KB, css: 10 * KB, data: 20 * KB }],
    ['prefecture en', '/en/prefectures/tokushima/', { html: 15 * KB, js: ORDINARY_JS, css: 10 * KB }],
    ['prefecture vi', '/vi/prefectures/tokushima/', { html: 15 * KB, js: ORDINARY_JS, css: 10 * KB }],
    ['search', '/search/', { css: 10 * KB }],
  ];
  const results: [string, Sizes, Partial<Record<keyof Sizes, number>>][] = [];
  for (const [name, path, targets] of pages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Sizes = { html: 0, css: 0, js: 0, jsFiles: 0, jsFileBytes: 0, data: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then((body) => {
          const type = response.request().resourceType();
          const gz = gzipSync(body).length;
          if (type === 'document') {
            sizes.html += gz;
            // Inline scripts count as JS shipped, too.
            const inline = [...body.toString('utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
            if (inline) sizes.js += gzipSync(inline).length;
          } else if (type === 'stylesheet') sizes.css += gz;
          else if (type === 'fetch' || type === 'xhr') sizes.data += gz;
          else if (type === 'script') {
            sizes.js += gz;
            sizes.jsFiles += 1;
            sizes.jsFileBytes += gz;
          }
        }).catch(() => undefined),
      );
    });
    await page.goto(url + path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    results.push([name, sizes, targets]);
    await context.close();
  }
  await browser.close();
  server.close();
  return results;
}

/** Kinds of first query: a reading, a topic, a department, a compound Pagefind splits (issue #1237). */
const FIRST_QUERIES = ['さっぽろ', '性暴力', '産婦人科', '交通事故'];

/** Where a first search starts: the search page, and the header box on any other page (its code loads then). */
const SEARCH_FORMS = [
  { name: '/search/', path: '/search/', input: '#search-query', status: '[data-search-status]' },
  { name: 'header box', path: '/prefectures/tokushima/', input: '#header-search-query', status: '[data-header-results] [role="status"]' },
];

/** Bytes fetched by each query as the first search of a fresh browser context (cold cache). */
async function firstSearchBytes(): Promise<[string, string, number][]> {
  const { url, server } = await serveStatic(resolve('dist'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
  const results: [string, string, number][] = [];
  for (const form of SEARCH_FORMS) {
    for (const query of FIRST_QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url + form.path, { waitUntil: 'networkidle' });
      let bytes = 0;
      const pending: Promise<void>[] = [];
      page.on('response', (r) => pending.push(r.body().then((b) => void (bytes += gzipSync(b).length)).catch(() => undefined)));
      await page.fill(form.input, query);
      await page.press(form.input, 'Enter');
      await page.waitForFunction((status) => (document.querySelector(status)?.textContent ?? '').includes('件'), form.status);
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      results.push([form.name, query, bytes]);
      await context.close();
    }
  }
  await browser.close();
  server.close();
  return results;
}

/** A valid 6-digit code (JIS X 0402 check digit) for a synthetic municipality. */
function syntheticCode(prefCode: string, n: number): string {
  const five = `${prefCode}${String(n).padStart(3, '0')}`;
  const sum = [...five].reduce((acc, d, i) => acc + Number(d) * (6 - i), 0);
  return five + ((11 - (sum % 11)) % 10);
}

function timeBuild(dir: string): { seconds: number; pages: number } {
  const started = process.hrtime.bigint();
  const out = execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const pages = Number(/(\d+) page\(s\) built/.exec(out)?.[1] ?? 0);
  return { seconds, pages };
}

function scaledCopy(factor: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'budget-scale-'));
  for (const item of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) cpSync(item, join(dir, item), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  const [header, ...rows] = readFileSync('content/municipalities.csv', 'utf8').trimEnd().split('\n');
  const synthetic = rows.flatMap((line, i) => {
    const cells = line.split(',');
    if (cells[5] === '行政区') return [line];
    return Array.from({ length: factor }, (_, copy) => {
      if (copy === 0) return line;
      const code = syntheticCode(cells[1], 500 + ((i * factor + copy) % 499));
      return [code, cells[1], cells[2], `${cells[3]}${copy}`, cells[4], cells[5], ''].join(',');
    });
  });
  // Synthetic codes may collide; keep the first of each.
  const seen = new Set<string>();
  const unique = synthetic.filter((line) => !seen.has(line.split(',')[0]) && seen.add(line.split(',')[0]));
  writeFileSync(join(dir, 'content/municipalities.csv'), [header, ...unique].join('\n') + '\n');
  return dir;
}

const sizes = await pageSizes();
console.log('\nBytes shipped per page type (gzip)');
const widths = [14, 20, 20, 30, 20];
console.log(row(['page', 'HTML', 'CSS', 'JS', 'data fetched at load'], widths));
for (const [name, s, targets] of sizes) {
  const cell = (key: keyof Sizes) => (targets[key] === undefined ? kb(s[key]) : `${kb(s[key])} / ${kb(targets[key]!)} ${verdict(s[key], targets[key]!)}`);
  console.log(row([name, cell('html'), cell('css'), `${cell('js')} (${s.jsFiles} file${s.jsFiles === 1 ? '' : 's'})`, s.data || targets.data ? cell('data') : '—'], widths));
}
// The island's own code and the data it loads, together: what a visitor of /check/ downloads before answering.
for (const [name, s] of sizes.filter(([name]) => name.startsWith('check'))) console.log(`${name}: JS and data together ${kb(s.js + s.data)}`);
console.log('"Who answers now" script and holiday table on ordinary pages (script files, target 3.0 KB):');
for (const [name, s] of sizes.filter(([name]) => !name.startsWith('check') && name !== 'search')) console.log(`  ${name.padEnd(14)} ${kb(s.jsFileBytes)} ${verdict(s.jsFileBytes, 3 * KB)}`);
// Every guide page, not only the one above: the HTML target holds for each.
const guidePages = (readdirSync('dist/guide', { recursive: true }) as string[])
  .filter((file) => file.endsWith('index.html'))
  .map((file) => [`/guide/${file.replace(/index\.html$/, '')}`, gzipSync(readFileSync(join('dist/guide', file))).length] as const)
  .sort((a, b) => b[1] - a[1]);
console.log(`\nAll ${guidePages.length} guide pages (HTML gzip, target 7.0 KB each): largest ${guidePages[0][0]} ${kb(guidePages[0][1])} ${verdict(guidePages[0][1], 7 * KB)}`);
for (const [path, bytes] of guidePages.filter(([, bytes]) => bytes > 7 * KB).slice(1)) console.log(`  also over: ${path} ${kb(bytes)}`);

console.log('\nFirst search on a cold cache (gzip fetched; target 150.0 KB each)');
for (const [form, query, bytes] of await firstSearchBytes()) console.log(`  ${form.padEnd(11)} ${query.padEnd(6, '　')} ${kb(bytes)} ${verdict(bytes, 150 * KB)}`);

{
  const { url, server } = await serveStatic(resolve('dist'));
  console.log('\nLighthouse (mobile; targets: performance ≥ 95, accessibility and best practices 100)');
  const lhWidths = [26, 14, 14, 16, 6];
  console.log(row(['page', 'performance', 'accessibility', 'best practices', 'SEO'], lhWidths));
  for (const [path, s] of await lighthouseScores(url, ['/', '/prefectures/tokushima/', '/check/'])) {
    console.log(row([path, atLeast(s.performance, 95), atLeast(s.accessibility, 100), atLeast(s['best-practices'], 100), String(s.seo)], lhWidths));
    for (const audit of s.failing) console.log(`  below full marks: ${audit}`);
  }
  server.close();
}

if (process.argv.includes('--scale')) {
  console.log('\nBuild cost (astro build + pagefind):');
  const baseDir = scaledCopy(1);
  const base = timeBuild(baseDir);
  rmSync(baseDir, { recursive: true, force: true });
  console.log(`  real site: ${base.pages} pages in ${base.seconds.toFixed(1)} s (${(base.pages / base.seconds).toFixed(0)} pages/s)`);
  const dir = scaledCopy(10);
  const scaled = timeBuild(dir);
  rmSync(dir, { recursive: true, force: true });
  console.log(`  10× municipalities: ${scaled.pages} pages in ${scaled.seconds.toFixed(1)} s (${(scaled.pages / scaled.seconds).toFixed(0)} pages/s)`);
  console.log(`  growth: ${(scaled.pages / base.pages).toFixed(1)}× pages took ${(scaled.seconds / base.seconds).toFixed(1)}× time`);
}
console.log(misses === 0 ? '\nAll budgets met.' : `\n${misses} budget(s) over target.`);
