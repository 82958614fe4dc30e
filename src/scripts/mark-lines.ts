/**
 * Marks each line under `root` with whether it answers now, in Japan time whatever the device's time
 * zone: every element with `data-hours` gets `data-open="yes" | "no" | "unknown"`, and its `[data-now]`
 * element the words. Shared by the page script and the self-check island; nothing is sent or stored.
 */
import { lineStatus } from '../domain/hours/status';
import type { HolidayTable } from '../domain/hours/holidays';
import type { NowWords } from '../i18n/now-words';
import { rubyHtml } from '../i18n/ruby';
import type { AfterHours } from '../schemas/common';

export function markLines(root: ParentNode, words: NowWords, holidays: HolidayTable, now: Date): void {
  for (const line of root.querySelectorAll<HTMLElement>('[data-hours]')) {
    const status = lineStatus(line.dataset.hours, line.dataset.afterHours as AfterHours | undefined, now, holidays, words);
    line.dataset.open = status.open;
    const mark = line.querySelector<HTMLElement>('[data-now]');
    if (mark) {
      mark.innerHTML = rubyHtml(status.text);
      mark.hidden = false;
    }
  }
}
