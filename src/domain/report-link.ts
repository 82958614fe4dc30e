/**
 * 「情報の誤りを知らせる」: where a reader reports a wrong fact. The site has no form backend, so a
 * deployment names a mailto: or repository-issue URL whose {subject} and {body} are filled per entry.
 * Without one, the link leads to /report/, which explains how to check a fact at its source.
 */

export const REPORT_PAGE = '/report/';

export interface ReportedEntry {
  /** What the reader sees as the entry's name, e.g. 「徳島県の相談先」. */
  title: string;
  /** The page's absolute URL, so the maintainer can open it. */
  url: string;
  /** The entry's last check (YYYY-MM-DD), when it has one. */
  checked?: string;
}

/** Checks an operator's template; the message names the variable, because it comes from the environment. */
export function parseReportTemplate(template: string | undefined): string | undefined {
  const value = template?.trim();
  if (!value) return undefined;
  if (!/^(mailto:|https:\/\/)/.test(value)) {
    throw new Error(`PUBLIC_REPORT_URL は mailto: か https:// で始めてください（いまの値: ${value}）`);
  }
  return value;
}

export function reportSubject(entry: ReportedEntry): string {
  return `【情報の誤り】${entry.title}`;
}

/** The prompts a reporter fills in; it asks for the source, and warns against writing one's own story. */
export function reportBody(entry: ReportedEntry): string {
  return [
    `ページ: ${entry.url}`,
    ...(entry.checked ? [`最終確認日: ${entry.checked}`] : []),
    '',
    '誤っている情報:',
    '',
    '正しい情報と、それが書かれているページ（URL）:',
    '',
    '※ ご相談の内容やお名前など、個人の情報は書かないでください。',
  ].join('\n');
}

export function reportHref(template: string | undefined, entry: ReportedEntry): string {
  if (!template) return REPORT_PAGE;
  return template
    .replaceAll('{subject}', encodeURIComponent(reportSubject(entry)))
    .replaceAll('{body}', encodeURIComponent(reportBody(entry)));
}
