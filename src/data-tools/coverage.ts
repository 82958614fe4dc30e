/**
 * Coverage of the directory: for each prefecture and each kind of contact, whether a number
 * can be shown, and why not. Shared by `npm run data:report` and the /data/status/ page.
 */
import { publishedPhones } from '../domain/phone';
import { isOutOfDate } from '../domain/freshness';
import type { ContactRole } from '../domain/labels';
import type { Organisation } from '../schemas/organisation';

/** sourced: a number passes the publication rule; old: it passes, but every dated source is over five
 * years old (shown with its age); one-source: only a single unofficial source; conflict: numbers disagree
 * and none can be shown; stale: only numbers marked out of date; unknown: no number at all. */
export const COVERAGE_STATES = ['sourced', 'old', 'one-source', 'conflict', 'stale', 'unknown'] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];

export const COVERAGE_LABELS: Record<CoverageState, string> = {
  sourced: '番号を掲載',
  old: '掲載（5年以上前の資料のみ）',
  'one-source': '出典1件（確認中）',
  conflict: '情報が食い違い（確認中）',
  stale: '古い情報のみ（確認中）',
  unknown: '不明',
};

export const ROLES: ContactRole[] = ['sv-centre', 'support-centre', 'police', 'prefecture-window'];

export function organisationState(org: Organisation | undefined, today: string): CoverageState {
  const phones = org?.phones ?? [];
  const published = publishedPhones(phones, today);
  if (published.some((p) => !p.oldSince)) return 'sourced';
  if (published.length > 0) return 'old';
  if (phones.length === 0) return 'unknown';
  if (phones.some((p) => p.superseded || p.conflict)) return 'conflict';
  if (phones.every((p) => p.stale)) return 'stale';
  return 'one-source';
}

export interface PrefectureCoverage {
  code: string;
  name: string;
  scheme: 'established' | 'planned' | 'unknown' | 'missing';
  roles: Record<ContactRole, CoverageState>;
  outOfDate: boolean;
}

/** The best state among a role's organisations (a role may have several centres). */
function bestState(orgs: (Organisation | undefined)[], today: string): CoverageState {
  const states = orgs.map((org) => organisationState(org, today));
  return COVERAGE_STATES.find((s) => states.includes(s)) ?? 'unknown';
}

export function prefectureCoverage(
  prefecture: { code: string; name: string },
  entry: { checked: string; scheme: { status: 'established' | 'planned' | 'unknown' }; contacts: { role: ContactRole }[] } | undefined,
  organisationsFor: (role: ContactRole) => (Organisation | undefined)[],
  today: string,
): PrefectureCoverage {
  const roles = Object.fromEntries(
    ROLES.map((role) => [role, entry ? bestState(organisationsFor(role), today) : 'unknown']),
  ) as Record<ContactRole, CoverageState>;
  return {
    code: prefecture.code,
    name: prefecture.name,
    scheme: entry?.scheme.status ?? 'missing',
    roles,
    outOfDate: entry ? isOutOfDate(entry.checked, today) : false,
  };
}

/** Count of prefectures per role and state. */
export function totals(rows: PrefectureCoverage[]): Record<ContactRole, Record<CoverageState, number>> {
  return Object.fromEntries(
    ROLES.map((role) => [role, Object.fromEntries(COVERAGE_STATES.map((s) => [s, rows.filter((r) => r.roles[role] === s).length]))]),
  ) as Record<ContactRole, Record<CoverageState, number>>;
}
