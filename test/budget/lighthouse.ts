/**
 * Lighthouse (mobile, its default) against the built site served with public/_headers, in Debian's
 * Chromium started here with a DevTools port. Prints one row of scores per page.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number> & { failing: string[] };

/** Starts Chromium headless and resolves with its DevTools port, read from its own announcement. */
async function startChromium(): Promise<{ port: number; stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  const child = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
  ]);
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening DevTools:\n${err}`)));
  });
  return { port, stop: () => (child.kill(), rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })) };
}

/**
 * Every Japanese phone has Japanese fonts; a machine without them spends hundreds of ms per page in
 * font fallback, which Lighthouse reports as blocking time. Say so rather than print a false figure.
 */
function hasJapaneseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=ja'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

export async function lighthouseScores(origin: string, paths: string[]): Promise<[string, Scores][]> {
  if (!hasJapaneseFont()) console.warn('  No Japanese font on this machine (apt-get install -y fonts-noto-cjk): performance scores will read low.');
  const chromium = await startChromium();
  const results: [string, Scores][] = [];
  try {
    for (const path of paths) {
      const run = await lighthouse(origin + path, { port: chromium.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = run.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      // Audits below full marks outside performance name what to fix.
      const failing = CATEGORIES.filter((c) => c !== 'performance')
        .flatMap((c) => categories[c].auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id].score ?? 1) < 1).map((ref) => `${c}: ${ref.id}`));
      results.push([path, { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'), failing }]);
    }
  } finally {
    chromium.stop();
  }
  return results;
}
