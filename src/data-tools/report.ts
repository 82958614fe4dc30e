/**
 * npm run data:report — coverage per prefecture and per kind, from content/ alone.
 * Exits non-zero only when content fails its schemas (each problem names file and field).
 * `--summary` prints only the totals and out-of-date entries (used after every build).
 */
import { PREFECTURES } from '../domain/prefectures';
import { todayIso, isOutOfDate } from '../domain/freshness';
import { hoursCoverage, shownLines } from './hours-coverage';
import { loadContent } from './load-content';
import { bigCities } from './worklist';
import { benefitCoverage } from './benefit-coverage';
import { COVERAGE_LABELS, COVERAGE_STATES, ROLES, prefectureCoverage, totals } from './coverage';
import { CONTACT_ROLES } from '../domain/labels';

const summaryOnly = process.argv.includes('--summary');
const content = loadContent();
const today = todayIso();
const byCode = new Map(content.prefectures.map((p) => [p.data.code, p.data]));

const rows = PREFECTURES.map((p) => {
  const entry = byCode.get(p.code);
  return prefectureCoverage(p, entry, (role) => (entry?.contacts ?? []).filter((c) => c.role === role).map((c) => content.organisations.get(c.organisation)?.data), today);
});

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length * 2));
if (!summaryOnly) {
  console.log(`Coverage on ${today} (${content.prefectures.length}/47 prefecture entries)\n`);
  console.log(['code', pad('prefecture', 10), 'scheme      ', ...ROLES.map((r) => r.padEnd(18))].join(' '));
  for (const row of rows) {
    console.log([row.code.padEnd(4), pad(row.name, 10), row.scheme.padEnd(12), ...ROLES.map((r) => row.roles[r].padEnd(18))].join(' ') + (row.outOfDate ? ' OUT OF DATE' : ''));
  }
  console.log('');
}
const sum = totals(rows);
console.log('Prefectures per kind of contact and state:');
for (const role of ROLES) {
  console.log(`  ${CONTACT_ROLES[role].label}: ` + COVERAGE_STATES.map((s) => `${COVERAGE_LABELS[s]} ${sum[role][s]}`).join(', '));
}
// Issue targets: prefectures with a published direct number (current or shown with its age).
const TARGETS: Record<(typeof ROLES)[number], number> = { 'sv-centre': 40, 'support-centre': 40, police: 40, 'prefecture-window': 30 };
const population = content.population?.population ?? {};
const counted = rows.filter((r) => population[r.code] !== undefined);
const people = counted.reduce((total, r) => total + population[r.code]!, 0);
console.log(`\nTargets and population-weighted coverage (population: ${content.population?.survey ?? 'none'}; ${counted.length}/47 prefectures have a sourced figure, ${people.toLocaleString('en')} people):`);
for (const role of ROLES) {
  const published = rows.filter((r) => r.roles[role] === 'sourced' || r.roles[role] === 'old');
  const served = published.filter((r) => population[r.code] !== undefined).reduce((total, r) => total + population[r.code]!, 0);
  const share = people ? `${((100 * served) / people).toFixed(0)} % of people in those ${counted.length} prefectures live where it is published` : 'no population figures';
  const missed = published.length < TARGETS[role];
  console.log(`  ${CONTACT_ROLES[role].label}: ${published.length}/47 (target ${TARGETS[role]}: ${missed ? 'MISSED' : 'met'}); ${share}`);
  if (missed) {
    const searched = rows.filter((r) => !published.includes(r)).map((r) => {
      const entry = byCode.get(r.code);
      const logs = [
        ...(entry?.contacts ?? []).filter((c) => c.role === role).flatMap((c) => content.organisations.get(c.organisation)?.data.searches ?? []),
        ...(entry?.searches ?? []).filter((s) => s.role === role),
      ];
      return `${r.name}${logs.length ? `（検索${logs.length}件の記録）` : '（検索の記録なし）'}`;
    });
    console.log(`    not yet published: ${searched.join('、')}`);
  }
}
const cities = bigCities(content.municipalities, content.coreCities?.cities);
for (const kind of ['政令指定都市', '特別区', '中核市']) {
  const ofKind = cities.filter((c) => c.kind === kind);
  const withWindow = ofKind.filter((c) => content.municipalWindows.get(c.city.lgCode)?.department);
  const without = ofKind.filter((c) => !withWindow.includes(c));
  const searched = without.filter((c) => (content.municipalWindows.get(c.city.lgCode)?.searches.length ?? content.windowSearches[c.city.lgCode]?.length ?? 0) > 0);
  console.log(
    `  ${kind} with a sourced window (department): ${withWindow.length}/${ofKind.length}` +
      (without.length ? `; searched for the ${without.length} others: ${searched.length}${searched.length < without.length ? ` (not yet: ${without.filter((c) => !searched.includes(c)).map((c) => c.city.name).join('、')})` : ''}` : '') +
      (kind === '中核市' && !content.coreCities ? ' (no official list of 中核市 in content yet)' : ''),
  );
}

// 見舞金: the target is a record for every prefecture and big city, whatever it says.
for (const { group, counts, missing } of benefitCoverage(content)) {
  const recorded = counts.present + counts.absent + counts.unknown;
  console.log(
    `  見舞金 recorded, ${group}: ${recorded}/${recorded + missing.length} (present ${counts.present}, absent ${counts.absent}, unknown after a search ${counts.unknown})` +
      (missing.length ? `; not yet: ${missing.join('、')}` : ''),
  );
}

const outOfDate = [
  ...content.prefectures.filter((p) => isOutOfDate(p.data.checked, today)).map((p) => p.file),
  ...[...content.organisations.values()].filter((o) => isOutOfDate(o.data.checked, today)).map((o) => o.file),
];
const unsourced = [...content.organisations.values()].filter((o) => !o.data.phones.length).map((o) => o.file);
console.log(`Entries not checked for 12 months or more: ${outOfDate.length}${outOfDate.length ? '\n  ' + outOfDate.join('\n  ') : ''}`);
console.log(`Organisations without any number on record: ${unsourced.length}`);
const hours = hoursCoverage(shownLines(content, today));
console.log(
  `Shown lines with hours as data: ${hours.structured}/${hours.shown} structured, ${hours.unknown} explicitly unknown (the source's hours cannot be structured), ${hours.missing.length} missing` +
    hours.missing.map((l) => `\n  no \`open\`: ${l.file} ${l.number}`).join(''),
);
console.log(`Municipalities: ${content.municipalities.filter((m) => m.kind !== '行政区').length} (+ wards), windows on record: ${content.municipalWindows.size}`);
if (summaryOnly && !process.env.PUBLIC_REPORT_URL) {
  console.log('PUBLIC_REPORT_URL is not set: 「情報の誤りを知らせる」 leads to /report/, which says no address exists yet.');
}

if (content.problems.length > 0) {
  console.error(`\n${content.problems.length} content problem(s):\n${content.problems.join('\n')}`);
  process.exit(1);
}
