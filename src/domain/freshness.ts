/** Facts not re-checked for 12 months carry a visible "may be out of date" notice. */
import { monthsBetween } from './dates';

export const STALE_AFTER_MONTHS = 12;

export function isOutOfDate(checked: string, today: string): boolean {
  return monthsBetween(checked, today) >= STALE_AFTER_MONTHS;
}

/** Today's date (UTC) as YYYY-MM-DD: the build date, against which `checked` is compared. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
