/**
 * Hours in each language: the sentence rendered from a line's structured hours (describeHours), with
 * the "who answers now" marks (now-words.ts). Templates take {placeholders} (src/domain/fill.ts).
 */
import type { HoursWords } from '../domain/hours/describe';
import type { Lang } from './languages';
import { EN_DAYS, JA_DAYS, NOW_WORDS, YASASHII_DAYS, type NowWords } from './now-words';
import { ZH_HANS_HOURS } from './zh-hans-words';
import { VI_HOURS } from './vi-words';

export interface HoursDictionary {
  describe: HoursWords;
  now: NowWords;
  /** Before the rendered sentence, and before the source's own words when the hours are unknown. */
  label: string;
  sourceText: string;
}

const DESCRIBE: Record<Lang, Omit<HoursDictionary, 'now'>> = {
  ja: {
    describe: {
      days: JA_DAYS, dayRange: '{from}〜{to}', separator: '、', allDays: '毎日', always: '24時間・毎日',
      dayHours: '{days} {times}', closed: '{list}は休み', unknown: '{list}の受付は確認中', other: '{what}は{times}', and: '・',
      holidays: '祝日', afterHoliday: '祝日の翌日', yearEnd: '年末年始', date: '{month}{day}日', months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    },
    label: '受付:',
    sourceText: '受付（出典の記載）:',
  },
  en: {
    describe: {
      days: EN_DAYS, dayRange: '{from}–{to}', separator: ', ', allDays: 'Every day', always: '24 hours, every day',
      dayHours: '{days} {times}', closed: 'closed on {list}', unknown: 'not known for {list}', other: '{what}: {times}', and: ' and ',
      holidays: 'public holidays', afterHoliday: 'the day after a public holiday', yearEnd: '29 Dec–3 Jan', date: '{day} {month}', months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    },
    label: 'Hours:',
    sourceText: 'Hours (in Japanese, as the source writes them):',
  },
  yasashii: {
    describe: {
      days: YASASHII_DAYS, dayRange: '{from}〜{to}', separator: '、', allDays: 'まいにち', always: '24{時間|じかん}・まいにち',
      dayHours: '{days} {times}', closed: '{list}は やすみ', unknown: '{list}は わかりません', other: '{what}は {times}', and: 'と ',
      holidays: '{祝日|しゅくじつ}', afterHoliday: '{祝日|しゅくじつ}の つぎの {日|ひ}', yearEnd: '{年末年始|ねんまつねんし}', date: '{month}{day}{日|にち}', months: ['1{月|がつ}', '2{月|がつ}', '3{月|がつ}', '4{月|がつ}', '5{月|がつ}', '6{月|がつ}', '7{月|がつ}', '8{月|がつ}', '9{月|がつ}', '10{月|がつ}', '11{月|がつ}', '12{月|がつ}'],
    },
    label: 'うけつけ:',
    sourceText: 'うけつけ（{日本語|にほんご}）:',
  },
  'zh-hans': ZH_HANS_HOURS,
  vi: VI_HOURS,
};

export const HOURS_WORDS = Object.fromEntries(Object.entries(DESCRIBE).map(([lang, words]) => [lang, { ...words, now: NOW_WORDS[lang as Lang] }])) as Record<Lang, HoursDictionary>;
