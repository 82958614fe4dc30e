/**
 * A phone line's hours as data: a small subset of OpenStreetMap's `opening_hours` syntax, so the
 * content reads like the form people already know, and the page script can parse it in a few
 * hundred bytes. Grammar (rules separated by "; ", later rules win for the days they name):
 *
 *   24/7                          always answered
 *   unknown                       the source's hours cannot be structured (the text stays)
 *   Mo-Fr 09:00-17:00             days (Mo Tu We Th Fr Sa Su, ranges and lists) and times
 *   Mo,Th 09:00-12:00,13:00-17:00 several spans a day
 *   07:30-22:00                   no days: every day
 *   Sa off | Sa unknown           a day closed, or not known
 *   PH off | PH unknown | PH 10:00-16:00   Japanese public holidays
 *   PH +1 day unknown | PH +1 day off      the day after a public holiday (「月曜日が祝日のときは次の平日も休み」)
 *   Dec 29-Jan 03 off | Aug 13-15 unknown  dates in every year
 *
 * A day no rule names is closed; on a public holiday the weekday's rule applies unless a PH rule
 * says otherwise. Write only what the source says: where it is silent about holidays, say `PH unknown`.
 */

/** Minutes since midnight, [from, to). */
export type Span = readonly [number, number];
/** A day's hours: spans (empty: closed) or unknown. */
export type DayHours = readonly Span[] | 'unknown';
/** Two days with the same hours (spans are small literal arrays). */
export const sameHours = (a: DayHours, b: DayHours) => JSON.stringify(a) === JSON.stringify(b);

export interface Hours {
  always: boolean;
  unknown: boolean;
  /** Sunday first, as Date#getUTCDay counts. */
  week: DayHours[];
  /** On public holidays; undefined: the weekday's hours. */
  holiday?: DayHours;
  /** On the day after a public holiday; undefined: that day's own hours. */
  afterHoliday?: DayHours;
  /** Month-day ranges (MMDD numbers, may wrap the year end) and their hours. */
  dates: { from: number; to: number; hours: DayHours }[];
}

const DAYS = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Parses a spec; throws a SyntaxError whose message is the rule it cannot read (the schema explains). */
export function parseHours(spec: string): Hours {
  const hours: Hours = { always: false, unknown: false, week: [[], [], [], [], [], [], []], dates: [] };
  const text = spec.trim();
  if (text === '24/7') return { ...hours, always: true };
  if (text === 'unknown') return { ...hours, unknown: true };
  for (const rule of text.split(/\s*;\s*/)) {
    const after = /^PH \+1 day (.*)$/.exec(rule);
    if (after) {
      hours.afterHoliday = dayHours(after[1], rule);
      continue;
    }
    const m = /^(?:(PH)|([A-Z][a-z]{2} \d\d(?:-(?:[A-Z][a-z]{2} )?\d\d)?)|([A-Z][a-z](?:[-,][A-Z][a-z])*))?\s*(.*)$/.exec(rule)!;
    const value = dayHours(m[4], rule);
    if (m[1]) hours.holiday = value;
    else if (m[2]) hours.dates.push({ ...dateRange(m[2], rule), hours: value });
    else for (const d of m[3] ? weekdays(m[3], rule) : [0, 1, 2, 3, 4, 5, 6]) hours.week[d] = value;
  }
  return hours;
}

function dayHours(text: string, rule: string): DayHours {
  if (text === 'off') return [];
  if (text === 'unknown') return 'unknown';
  return text.split(',').map((span) => {
    const t = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(span);
    const from = t ? +t[1] * 60 + +t[2] : NaN;
    const to = t ? +t[3] * 60 + +t[4] : NaN;
    if (!(from >= 0 && to <= 1440 && from < to && +t![2] < 60 && +t![4] < 60)) throw new SyntaxError(rule);
    return [from, to] as const;
  });
}

function weekdays(text: string, rule: string): number[] {
  return text.split(',').flatMap((part) => {
    const [a, b = a] = part.split('-').map((d) => DAYS.indexOf(d));
    if (a < 0 || b < 0) throw new SyntaxError(rule);
    const days = [a];
    for (let d = a; d !== b; ) days.push((d = (d + 1) % 7));
    return days;
  });
}

function dateRange(text: string, rule: string): { from: number; to: number } {
  const [, m1, d1, m2 = m1, d2 = d1] = /^([A-Z][a-z]{2}) (\d\d)(?:-(?:([A-Z][a-z]{2}) )?(\d\d))?$/.exec(text)!;
  const md = (mon: string, day: string) => {
    const month = MONTHS.indexOf(mon) + 1;
    if (month === 0 || +day < 1 || +day > 31) throw new SyntaxError(rule);
    return month * 100 + +day;
  };
  return { from: md(m1, d1), to: md(m2, d2) };
}
