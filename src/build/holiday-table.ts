/**
 * The holiday table the site ships, read at build time from @holiday-jp/holiday_jp (a maintained
 * list of Japan's public holidays, including substitute and citizens' holidays): from the build day
 * through the end of the year after next, so a built site stays right for two years.
 */
import holidayJp from '@holiday-jp/holiday_jp';
import { holidayTable, type HolidayTable } from '../domain/hours/holidays';

export function buildHolidayTable(today = new Date().toISOString().slice(0, 10)): HolidayTable {
  const to = `${+today.slice(0, 4) + 2}-12-31`;
  return holidayTable(Object.keys(holidayJp.holidays), today, to);
}
