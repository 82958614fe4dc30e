/**
 * Whether a line answers at a moment, in Japan time whatever the device's time zone (Japan has no
 * daylight saving: UTC+9 all year), and when it opens next.
 */
import { isHoliday, type HolidayTable } from './holidays';
import { sameHours, type DayHours, type Hours } from './spec';

export type OpenState = 'yes' | 'no' | 'unknown';

/** A moment as Japan's calendar sees it. */
export interface JapanTime {
  /** YYYY-MM-DD */
  date: string;
  /** 0 = Sunday */
  weekday: number;
  /** Minutes since midnight. */
  minute: number;
}

const JST = 9 * 3_600_000;

export function japanTime(at: Date | string): JapanTime {
  const shifted = new Date(new Date(at).getTime() + JST);
  return { date: shifted.toISOString().slice(0, 10), weekday: shifted.getUTCDay(), minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
}

function addDays(t: JapanTime, n: number): JapanTime {
  const d = new Date(Date.parse(`${t.date}T00:00:00Z`) + n * 86_400_000);
  return { date: d.toISOString().slice(0, 10), weekday: d.getUTCDay(), minute: 0 };
}

const inRange = (md: number, from: number, to: number) => (from <= to ? md >= from && md <= to : md >= from || md <= to);

/** The hours of one Japanese calendar day. */
export function hoursOn(hours: Hours, day: JapanTime, holidays: HolidayTable): DayHours {
  if (hours.always) return [[0, 1440]];
  if (hours.unknown) return 'unknown';
  const md = +day.date.slice(5, 7) * 100 + +day.date.slice(8, 10);
  const dated = hours.dates.findLast((r) => inRange(md, r.from, r.to));
  if (dated) return dated.hours;
  const week = hours.week[day.weekday];
  if (hours.afterHoliday) {
    const dayBefore = isHoliday(holidays, addDays(day, -1).date);
    if (dayBefore === undefined) return 'unknown';
    if (dayBefore && !isHoliday(holidays, day.date)) return hours.afterHoliday;
  }
  if (!hours.holiday) return week;
  const holiday = isHoliday(holidays, day.date);
  // Past the holiday table: known only where a holiday would not change the day.
  if (holiday === undefined) return sameHours(hours.holiday, week) ? week : 'unknown';
  return holiday ? hours.holiday : week;
}

export interface OpenNow {
  state: OpenState;
  /** When it is not answering: the next time it opens, if the days up to then are known (within a week). */
  next?: JapanTime;
}

/** Open now? And if not, when next. */
export function openNow(hours: Hours, at: Date | string, holidays: HolidayTable): OpenNow {
  const now = japanTime(at);
  const today = hoursOn(hours, now, holidays);
  if (today === 'unknown') return { state: 'unknown' };
  if (today.some(([from, to]) => now.minute >= from && now.minute < to)) return { state: 'yes' };
  for (let n = 0; n <= 7; n++) {
    const day = n === 0 ? now : addDays(now, n);
    const spans = n === 0 ? today : hoursOn(hours, day, holidays);
    if (spans === 'unknown') return { state: 'no' };
    const start = spans.map(([from]) => from).filter((from) => n > 0 || from > now.minute).sort((a, b) => a - b)[0];
    if (start !== undefined) return { state: 'no', next: { ...day, minute: start } };
  }
  return { state: 'no' };
}

/**
 * Whether a line answers outside office hours: at any hour, on a weekend or holiday, or on weekday
 * evenings (after 18:00) or early mornings (before 8:00). Hours not known never count.
 */
export function answersOutsideOfficeHours(hours: Hours, forwarded: boolean): boolean {
  if (hours.always || forwarded) return true;
  if (hours.unknown) return false;
  const spans = (d: DayHours) => (d === 'unknown' ? [] : d);
  const weekend = [hours.week[0], hours.week[6], hours.holiday ?? []].some((d) => spans(d).length > 0);
  return weekend || hours.week.slice(1, 6).some((d) => spans(d).some(([from, to]) => from < 8 * 60 || to > 18 * 60));
}
