/** After `astro build`: every page's CSP lists only the hashes of its own inline scripts and styles (see page-csp.ts). */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageCsp } from './page-csp';

const dist = process.argv[2] ?? 'dist';
let before = 0;
let after = 0;
for (const file of readdirSync(dist, { recursive: true }) as string[]) {
  if (!file.endsWith('.html')) continue;
  const path = join(dist, file);
  const html = readFileSync(path, 'utf8');
  let narrowed: string;
  try {
    narrowed = pageCsp(html);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  before += html.length;
  after += narrowed.length;
  if (narrowed !== html) writeFileSync(path, narrowed);
}
console.log(`CSP narrowed to each page's own inline hashes: ${((before - after) / 1024).toFixed(0)} KB less HTML in total`);
