/**
 * Site-wide settings. Every visible default that an operator may need to change lives here.
 * PUBLIC_* variables are read at build time, so a deployment can override them without code changes.
 */
import { parseReportTemplate } from './domain/report-link';
import { ja } from './i18n/ja';

export const SITE = {
  name: ja.siteName,
  shortName: '相談先ガイド',
  description: ja.siteDescription,
  /**
   * Where quick exit sends the visitor: an everyday page that draws no attention.
   * GOV.UK's "Exit this page" uses a weather page for the same reason.
   */
  quickExitUrl: import.meta.env.PUBLIC_QUICK_EXIT_URL ?? 'https://www.yahoo.co.jp/',
  /**
   * Where 「情報の誤りを知らせる」 sends a report: a mailto: or https:// URL in which {subject} and {body}
   * are replaced per entry, e.g. mailto:fix@example.jp?subject={subject}&body={body}.
   * Unset, the links lead to /report/ (how to check a fact at its source).
   */
  reportUrl: parseReportTemplate(import.meta.env.PUBLIC_REPORT_URL),
} as const;
