/**
 * The "who answers now" marks the page script writes (src/scripts/open-now.ts), in each language:
 * its own module, so the script carries no other words. Templates take {placeholders} (src/domain/fill.ts).
 */
import type { AfterHours } from '../schemas/common';
import type { Lang } from './languages';
import { ZH_HANS_NOW } from './zh-hans-words';
import { VI_NOW } from './vi-words';

export interface NowWords {
  open: string;
  /** "受付時間外（次は{when}から）" */
  closedNext: string;
  closed: string;
  unknown: string;
  /** Open because calls outside the hours go to {who}. */
  forwarded: string;
  /** "{day}{time}" for the next opening; {day} is today, tomorrow or a weekday. */
  when: string;
  /** The time of the next opening: on the hour, and with minutes ({h}, {m}). */
  hour: string;
  hourMinute: string;
  today: string;
  tomorrow: string;
  /** Sunday first. */
  days: string[];
  afterHours: Record<AfterHours, string>;
}

export const JA_DAYS = ['日', '月', '火', '水', '木', '金', '土'];
export const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const YASASHII_DAYS = ['{日|にち}', '{月|げつ}', '{火|か}', '{水|すい}', '{木|もく}', '{金|きん}', '{土|ど}'];

/** What the page script carries: only the marks (src/scripts/open-now.ts). */
export const NOW_WORDS: Record<Lang, NowWords> = {
  ja: {
    open: 'いま受付中', closedNext: '受付時間外（次は{when}から）', closed: '受付時間外', unknown: 'いま受付中かは確認中',
    forwarded: 'いま受付中（時間外は{who}が受けます）', when: '{day}{time}', hour: '{h}時', hourMinute: '{h}時{m}分', today: '今日', tomorrow: '明日', days: JA_DAYS.map((d) => `${d}曜`),
    afterHours: { 'night-centre': '国の夜間休日コールセンター', duty: '当直の職員', 'call-centre': '委託のコールセンター' },
  },
  en: {
    open: 'Open now', closedNext: 'Closed now (opens {when})', closed: 'Closed now', unknown: 'Not known whether open now',
    forwarded: 'Answered now (outside its hours, by {who})', when: '{day} {time}', hour: '{h}:00', hourMinute: '{h}:{m}', today: 'today at', tomorrow: 'tomorrow at', days: EN_DAYS.map((d) => `${d} at`),
    afterHours: { 'night-centre': 'the national night and holiday call centre', duty: 'the officer on duty', 'call-centre': 'a contracted call centre' },
  },
  yasashii: {
    open: 'いま でんわ できます', closedNext: 'いまは やすみ（つぎは {when}から）', closed: 'いまは やすみ', unknown: 'いま でんわ できるか わかりません',
    forwarded: 'いま でんわ できます（{時間|じかん}の そとは {who}が うけます）', when: '{day} {time}', hour: '{h}{時|じ}', hourMinute: '{h}{時|じ}{m}{分|ふん}', today: 'きょう', tomorrow: 'あした', days: YASASHII_DAYS.map((d) => `${d}よう`),
    afterHours: { 'night-centre': '{国|くに}の {夜|よる}と やすみの {日|ひ}の センター', duty: '{当直|とうちょく}の {人|ひと}', 'call-centre': 'コールセンター' },
  },
  'zh-hans': ZH_HANS_NOW,
  vi: VI_NOW,
};

