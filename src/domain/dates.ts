/**
 * Dates are stored as ISO strings (YYYY-MM-DD) and shown in 和暦 with 西暦,
 * e.g. 令和8年3月16日（2026年）.
 */
const ERAS = [
  { name: '令和', start: '2019-05-01', offset: 2018 },
  { name: '平成', start: '1989-01-08', offset: 1988 },
  { name: '昭和', start: '1926-12-25', offset: 1925 },
] as const;

export function formatJapaneseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`日付の形式が正しくありません: "${iso}"（YYYY-MM-DD で書いてください）`);
  const [, y, m, d] = match;
  const era = ERAS.find((e) => iso >= e.start);
  if (!era) throw new Error(`昭和より前の日付には対応していません: ${iso}`);
  const eraYear = Number(y) - era.offset;
  return `${era.name}${eraYear === 1 ? '元' : eraYear}年${Number(m)}月${Number(d)}日（${y}年）`;
}

/** A source's own date as a reader needs it: 2018年10月. */
export function formatYearMonth(iso: string): string {
  const [y, m] = iso.split('-');
  return `${y}年${Number(m)}月`;
}

/** Whole months between two ISO dates, for "this fact may be out of date" notices. */
export function monthsBetween(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.split('-').map(Number);
  const [ty, tm, td] = toIso.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
