/**
 * npm run data:worklist [file] — writes the maintainers' worklist as CSV (default: worklist.csv) and
 * prints how many facts need a check, by reason. Exits non-zero when content fails its schemas.
 */
import { writeFileSync } from 'node:fs';
import { todayIso } from '../domain/freshness';
import { loadContent } from './load-content';
import { WORK_REASONS, worklistCsv, worklistOfContent } from './worklist';

const out = process.argv[2] ?? 'worklist.csv';
const content = loadContent();
if (content.problems.length > 0) {
  console.error(content.problems.join('\n'));
  process.exit(1);
}
const items = worklistOfContent(content, todayIso());
writeFileSync(out, worklistCsv(items));
console.log(`${items.length} facts to check, written to ${out} (most people first; population: ${content.population?.survey ?? 'none'})`);
for (const [reason, text] of Object.entries(WORK_REASONS)) console.log(`  ${text}: ${items.filter((i) => i.reason === reason).length}`);
const unranked = new Set(items.filter((i) => i.population === undefined).map((i) => i.prefecture));
if (unranked.size) console.log(`  (no sourced population yet for ${unranked.size} prefectures: they come last)`);
