/** Dates as each language writes them: 和暦 with 西暦 in Japanese, western dates elsewhere. */
import { formatJapaneseDate, formatYearMonth } from '../domain/dates';
import type { Lang } from './languages';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'ja') return formatJapaneseDate(iso);
  if (lang === 'en') return `${d} ${MONTHS[m - 1]} ${y}`;
  if (lang === 'vi') return `${d}/${m}/${y}`;
  return `${y}年${m}月${d}日`;
}

export function formatMonth(lang: Lang, iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  if (lang === 'en') return `${MONTHS[m - 1]} ${y}`;
  if (lang === 'vi') return `tháng ${m}/${y}`;
  return formatYearMonth(iso);
}
