/**
 * Building blocks shared by every collection: dates, sources and phone numbers.
 * Messages are in Japanese and name what to fix; Astro and `describeContentError`
 * add the file and the field path.
 */
import { z } from 'astro/zod';
import { isValidPhoneNumber } from '../domain/phone';
import { PREFECTURE_CODES } from '../domain/prefectures';
import { TRANSLATED_LANGS } from '../i18n/languages';
import { parseHours } from '../domain/hours/spec';

/** YAML turns an unquoted 2026-11-23 into a Date; both forms become an ISO string. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: '日付は YYYY-MM-DD（例: 2026-11-23）で書いてください' }),
);

export const prefectureCode = z.enum(PREFECTURE_CODES, {
  error: (issue) => `都道府県コードが不明です: ${JSON.stringify(issue.input)}（"01"〜"47" の2桁の文字列で書いてください）`,
});

/** Where a fact was read, and when someone last checked it there. */
export const sourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: '出典の url は http(s) のURLで書いてください' }),
    /** official: the organisation's own page; government: a national or local government page; other: news, blogs, directories. */
    kind: z.enum(['official', 'government', 'other'], {
      error: '出典の kind は official / government / other のいずれかです',
    }),
    checked: isoDate,
    title: z.string().optional(),
    /** The date the page itself shows (更新日・掲載日), where it shows one. */
    pageDate: isoDate.optional(),
    /**
     * The outlet that wrote the page, as its registrable domain (e.g. "nhk.or.jp"), when the page is
     * a copy on another host: a portal carrying an article, a mobile mirror, a cache. Two sources are
     * independent only when their publishers differ.
     */
    publisher: z.string().regex(/^[a-z0-9.-]+\.[a-z]+$/, { error: 'publisher は元の発信元のドメイン（例: nhk.or.jp）で書いてください' }).optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const requiredSources = (what: string) =>
  z.array(sourceSchema, {
    error: (issue) => (issue.input === undefined ? `${what}には出典（sources）が必要です` : undefined),
  }).min(1, { error: `${what}には出典（sources）が1件以上必要です` });

/** A line's hours in the subset of OSM opening_hours syntax the site reads; the message says what to fix. */
export const hoursSpec = z.string().check((ctx) => {
  try {
    parseHours(ctx.value);
  } catch (error) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `open の書き方が読めません: "${(error as Error).message}"（例: "Mo-Fr 09:00-17:00; PH off; Dec 29-Jan 03 off"、"24/7"、"unknown"。書き方は src/domain/hours/spec.ts）`,
    });
  }
});

export const AFTER_HOURS = ['night-centre', 'duty', 'call-centre'] as const;
export type AfterHours = (typeof AFTER_HOURS)[number];

export const phoneSchema = z
  .object({
    number: z.string().refine(isValidPhoneNumber, {
      error: (issue) => `電話番号の形式が正しくありません: ${JSON.stringify(issue.input)}（例: 088-623-5111、#8891、110）`,
    }),
    label: z.string().optional(),
    /** The hours as the source writes them (shown where `open` is unknown). */
    hours: z.string().optional(),
    /** The same hours as data (src/domain/hours/spec.ts: "Mo-Fr 09:00-17:00; PH off; Dec 29-Jan 03 off", "24/7", "unknown"). */
    open: hoursSpec.optional(),
    /** Outside `open`, calls are still answered: by the national night and holiday call centre, a duty officer, or a contracted call centre. */
    afterHours: z.enum(AFTER_HOURS, { error: `afterHours は ${AFTER_HOURS.join(' / ')} のいずれかです` }).optional(),
    /**
     * A line meant for one kind of situation only (a police line for sexual crime, a juvenile line): the
     * self-check's plan offers it only there. Absent: any situation (a sexual-violence centre's lines
     * are for sexual violence by the centre's kind).
     */
    serves: z.enum(['sexual-violence', 'children'], { error: 'serves は sexual-violence / children のいずれかです' }).optional(),
    sources: requiredSources('電話番号'),
    /** Seen only in an old source: never shown as a number to call until re-checked. */
    stale: z.boolean().default(false),
    /** Replaced by another number (noted in `note`): never shown as a number to call. */
    superseded: z.boolean().default(false),
    /**
     * Numbers that official sources give for the same line but disagree on share a conflict id.
     * The publication rule then shows at most the one with the newest dated official source, with
     * the conflict stated (src/domain/phone.ts).
     */
    conflict: z.string().regex(/^[a-z0-9-]+$/, { error: 'conflict は英小文字・数字・ハイフンの識別子で書いてください' }).optional(),
    /** For maintainers: why the number is (not) published, what to re-check. */
    note: z.string().optional(),
    /** The label and hours in other languages (see translationsOf). */
    translations: z.lazy(() => translationsOf({ label: z.string().min(1), hours: z.string().min(1) })),
  })
  .strict();
export type Phone = z.infer<typeof phoneSchema>;

/** A search that was made for a missing fact, so the next person does not repeat it blindly. */
export const searchLogSchema = z
  .object({
    date: isoDate,
    /** Where it was searched: a site, a search tool, a list. */
    where: z.string().min(1),
    /** The words searched for. */
    words: z.string().min(1),
    /** What came of it, in a sentence ("見つからず", "番号はあるが日付なし" …). */
    result: z.string().min(1),
  })
  .strict();
export type SearchLog = z.infer<typeof searchLogSchema>;

/**
 * Texts translated next to the Japanese ones, in the same entry: `translations: { en: {...}, yasashii: {...} }`.
 * Only words: a number, date or rule is never written again here (pages take those from the entry itself).
 * A field left out is shown in Japanese, marked as such.
 */
export function translationsOf<S extends z.ZodRawShape>(shape: S) {
  return z.partialRecord(z.enum(TRANSLATED_LANGS), z.object(shape).partial().strict()).optional();
}
