/**
 * Marks each line on the page with whether it answers now, in Japan time whatever the device's time
 * zone: every element with `data-hours` gets `data-open="yes" | "no" | "unknown"`, and its
 * `[data-now]` element the words. Runs once at load; nothing is sent or stored. Without JavaScript
 * the hours text stays as it is.
 */
import { lineStatus } from '../domain/hours/status';
import type { HolidayTable } from '../domain/hours/holidays';
import { NOW_WORDS } from '../i18n/now-words';
import type { Lang } from '../i18n/languages';
import { rubyHtml } from '../i18n/ruby';
import type { AfterHours } from '../schemas/common';

/** Read from @holiday-jp/holiday_jp when the site was built (astro.config.mjs). */
declare const __JP_HOLIDAYS__: HolidayTable;

// The page's language, as the layout writes it on <html> (やさしい日本語 is lang="ja" too).
const words = NOW_WORDS[document.documentElement.dataset.lang as Lang];
const now = new Date();
for (const line of document.querySelectorAll<HTMLElement>('[data-hours]')) {
  const status = lineStatus(line.dataset.hours, line.dataset.afterHours as AfterHours | undefined, now, __JP_HOLIDAYS__, words);
  line.dataset.open = status.open;
  const mark = line.querySelector<HTMLElement>('[data-now]');
  if (mark) {
    mark.innerHTML = rubyHtml(status.text);
    mark.hidden = false;
  }
}
