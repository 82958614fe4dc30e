/**
 * Japanese public holidays as a compact table the page script carries: the first and last day it
 * covers, and each holiday as a day count from the first (base 36). Built from a maintained package
 * at build time (src/build/holiday-table.ts); a day past the table is "not known".
 */
export interface HolidayTable {
  /** YYYY-MM-DD, the first and last day the table covers. */
  from: string;
  to: string;
  /** Days since `from`, base 36, comma-separated. */
  days: string;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** true / false, or undefined when the date is outside the table. */
export function isHoliday(table: HolidayTable, iso: string): boolean | undefined {
  if (iso < table.from || iso > table.to) return undefined;
  const n = dayNumber(iso) - dayNumber(table.from);
  return table.days.split(',').some((d) => parseInt(d, 36) === n);
}

/** The table for the given holiday dates between two days. */
export function holidayTable(holidays: readonly string[], from: string, to: string): HolidayTable {
  const days = holidays.filter((d) => d >= from && d <= to).sort().map((d) => (dayNumber(d) - dayNumber(from)).toString(36));
  return { from, to, days: days.join(',') };
}
