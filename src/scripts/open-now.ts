/**
 * The page script of "who answers now": marks every line on the page once it loads (src/scripts/mark-lines.ts).
 * The marks' words are the page's language, which the layout writes on <html data-now>; the holiday table was
 * read from @holiday-jp/holiday_jp when the site was built (astro.config.mjs). Without JavaScript the hours text stays.
 */
import { markLines } from './mark-lines';
import type { HolidayTable } from '../domain/hours/holidays';

declare const __JP_HOLIDAYS__: HolidayTable;

const words = document.documentElement.dataset.now;
if (words) markLines(document, JSON.parse(words), __JP_HOLIDAYS__, new Date());
