/**
 * Hours as a sentence in the visitor's language, rendered from the structure (never from the
 * Japanese text): 「月〜金 9:00–17:00、祝日・年末年始は休み」 / "Mon–Fri 9:00–17:00, closed on public
 * holidays and 29 Dec–3 Jan". The words are each language's `hours` dictionary entry.
 */
import { fill } from '../fill';
import { sameHours, type DayHours, type Hours } from './spec';

export interface HoursWords {
  /** Sunday first. */
  days: string[];
  /** "{from}〜{to}" for a run of days, "{from}–{to}" for a span of time. */
  dayRange: string;
  /** Between the parts of the sentence, and between a day's spans. */
  separator: string;
  allDays: string;
  always: string;
  /** "{days} {times}" */
  dayHours: string;
  /** "{list}は休み" / "closed on {list}" */
  closed: string;
  /** "{list}は確認中" — the source does not say. */
  unknown: string;
  /** "{what}は{times}" — different hours on holidays or given dates. */
  other: string;
  /** Joins the items of a closed / unknown list. */
  and: string;
  holidays: string;
  /** The day after a public holiday. */
  afterHoliday: string;
  /** Dec 29–Jan 3, the usual year-end days. */
  yearEnd: string;
  /** "{month}月{day}日" / "{day} {month}" */
  date: string;
  months: string[];
}

const time = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
const spansText = (spans: readonly (readonly [number, number])[], w: HoursWords) => spans.map(([a, b]) => `${time(a)}–${time(b)}`).join(w.separator);

/** Monday-first runs of days with the same hours. */
function runs(hours: Hours): { from: number; to: number; hours: DayHours }[] {
  const out: { from: number; to: number; hours: DayHours }[] = [];
  for (const d of [1, 2, 3, 4, 5, 6, 0]) {
    const last = out.at(-1);
    if (last && sameHours(last.hours, hours.week[d]) && (last.to + 1) % 7 === d) last.to = d;
    else out.push({ from: d, to: d, hours: hours.week[d] });
  }
  return out;
}

/** The sentence for structured hours; undefined for `unknown` (the source's text is shown instead). */
export function describeHours(hours: Hours, w: HoursWords): string | undefined {
  if (hours.unknown) return undefined;
  if (hours.always) return w.always;
  const days = (r: { from: number; to: number }) => (r.from === r.to ? w.days[r.from] : fill(w.dayRange, { from: w.days[r.from], to: w.days[r.to] }));
  const week = runs(hours);
  const parts: string[] = [];
  if (week.length === 1 && week[0].hours !== 'unknown' && week[0].hours.length > 0) parts.push(fill(w.dayHours, { days: w.allDays, times: spansText(week[0].hours, w) }));
  else for (const r of week) if (r.hours !== 'unknown' && r.hours.length > 0) parts.push(fill(w.dayHours, { days: days(r), times: spansText(r.hours, w) }));
  const closed: string[] = [];
  const unknown: string[] = week.filter((r) => r.hours === 'unknown').map(days);
  const other = (what: string, h: DayHours) => (h === 'unknown' ? unknown.push(what) : h.length === 0 ? closed.push(what) : parts.push(fill(w.other, { what, times: spansText(h, w) })));
  if (hours.holiday) other(w.holidays, hours.holiday);
  if (hours.afterHoliday) other(w.afterHoliday, hours.afterHoliday);
  for (const r of hours.dates) {
    const date = (md: number) => fill(w.date, { month: w.months[Math.floor(md / 100) - 1], day: String(md % 100) });
    other(r.from === 1229 && r.to === 103 ? w.yearEnd : r.from === r.to ? date(r.from) : fill(w.dayRange, { from: date(r.from), to: date(r.to) }), r.hours);
  }
  if (closed.length > 0) parts.push(fill(w.closed, { list: closed.join(w.and) }));
  if (unknown.length > 0) parts.push(fill(w.unknown, { list: unknown.join(w.and) }));
  return parts.join(w.separator);
}
