/**
 * The "who answers now" mark of one line, as the page script and the plan show it: open, closed
 * (with the next opening), or not known. A line whose calls are answered by someone else outside its
 * hours (afterHours) answers at any hour.
 */
import { fill } from '../fill';
import { openNow, japanTime, type OpenNow, type OpenState } from './open';
import { parseHours } from './spec';
import type { HolidayTable } from './holidays';
import type { NowWords } from '../../i18n/now-words';
import type { AfterHours } from '../../schemas/common';

export interface LineStatus {
  open: OpenState;
  /** In the visitor's language (may carry ルビ marks). */
  text: string;
}

/** Whether a line answers at `at`; `forwarded` names who answers when only its afterHours service does. */
export function lineOpenNow(spec: string | undefined, afterHours: AfterHours | undefined, at: Date | string, holidays: HolidayTable): OpenNow & { forwarded?: AfterHours } {
  const result = openNow(parseHours(spec ?? 'unknown'), at, holidays);
  return result.state === 'no' && afterHours ? { state: 'yes', forwarded: afterHours } : result;
}

export function lineStatus(spec: string | undefined, afterHours: AfterHours | undefined, at: Date | string, holidays: HolidayTable, w: NowWords): LineStatus {
  const result = lineOpenNow(spec, afterHours, at, holidays);
  if (result.forwarded) return { open: 'yes', text: fill(w.forwarded, { who: w.afterHours[result.forwarded] }) };
  if (result.state === 'unknown') return { open: 'unknown', text: w.unknown };
  if (result.state === 'yes') return { open: 'yes', text: w.open };
  if (!result.next) return { open: 'no', text: w.closed };
  const today = japanTime(at).date;
  const ahead = (Date.parse(result.next.date) - Date.parse(today)) / 86_400_000;
  const day = ahead === 0 ? w.today : ahead === 1 ? w.tomorrow : w.days[result.next.weekday];
  const h = String(Math.floor(result.next.minute / 60));
  const m = String(result.next.minute % 60).padStart(2, '0');
  const time = m === '00' ? fill(w.hour, { h }) : fill(w.hourMinute, { h, m });
  return { open: 'no', text: fill(w.closedNext, { when: fill(w.when, { day, time }) }) };
}
