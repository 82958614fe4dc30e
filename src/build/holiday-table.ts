/**
 * The holiday table the site ships, read at build time from @holiday-jp/holiday_jp (a maintained
 * list of Japan's public holidays, including substitute and citizens' holidays): from the start of the
 * year before the build through the end of the year after next, so a built site stays right for two years
 * (and a fixed clock in a test, or a device clock a little behind, still finds its holidays).
 */
import holidayJp from '@holiday-jp/holiday_jp';
import { holidayTable, type HolidayTable } from '../domain/hours/holidays';

export function buildHolidayTable(today = new Date().toISOString().slice(0, 10)): HolidayTable {
  const year = +today.slice(0, 4);
  return holidayTable(Object.keys(holidayJp.holidays), `${year - 1}-01-01`, `${year + 2}-12-31`);
}
