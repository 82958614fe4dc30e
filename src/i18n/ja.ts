/** Japanese: the authority. The other dictionaries translate these strings. */
import type { UiStrings } from './dictionary';
import { CONTACT_ROLES } from '../domain/labels';
import { REGIONS } from '../domain/prefectures';
import { checkJa } from './check-ja';

export const ja: UiStrings = {
  siteName: '犯罪被害者等 相談先ガイド',
  siteDescription:
    '犯罪の被害に遭った方とご家族、医療機関・市町村の窓口の方へ。都道府県ごとの多機関ワンストップサービス、相談窓口、対象の目安を出典つきでまとめています。',
  skipLink: '本文へ移動',
  quickExit: {
    button: 'すぐにこのページを離れる',
    hint: 'Shiftキーを3回押しても離れられます',
    left: (n) => `Shiftキーをあと${n}回押すと、このページを離れます。`,
    leaving: 'このページを離れます。',
    reset: 'Shiftキーによる退出の受付を終了しました。',
  },
  nav: { label: 'サイト内', prefectures: '都道府県から探す', check: '対象か確かめる', safety: '安全に見るために' },
  languageSwitch: { label: 'ほかの言語' },
  footer: {
    linesHeading: '全国共通の相談先',
    note: '犯罪被害者等 相談先ガイドは、公開されている資料をもとに相談先をまとめたものです。このサイトは相談内容を受け付けたり、記録したりしません。',
    safety: '安全に見るために',
  },
  sources: { label: '出典:', checked: (date) => `${date}確認`, pageDate: (date) => `${date}のページ` },
  phone: {
    hours: '受付:',
    hoursTranslated: '受付:',
    old: (year) => `この番号は${year}年の資料によるもので、変わっているかもしれません。つながらないときは、下の全国共通の窓口にかけてください。`,
    conflict: (others) => `公的な資料によって番号が違います。ここには日付のいちばん新しい資料の番号を載せています（ほかの資料の番号: ${others}）。`,
  },
  staleNotice: (date) => `情報が古い可能性があります（最終確認: ${date}）。電話の前に、出典のページで最新の情報を確かめてください。`,
  report: { link: '情報の誤りを知らせる', hint: '（番号が違う、窓口がなくなった、など）' },
  roles: CONTACT_ROLES,
  regions: Object.fromEntries(REGIONS.map((r) => [r, r])) as UiStrings['regions'],
  unknownNumber: '直通番号は確認中です。',
  check: checkJa,
  search: {
    label: 'サイト内検索',
    button: '検索',
    results: '検索結果',
    more: 'さらに表示',
    filterLink: '種類や都道府県で絞り込んで探す',
    status: {
      searching: '検索しています…',
      none: '見つかりませんでした。別の言葉や、ひらがなで試してください。',
      found: '{total}件見つかりました。',
      shown: '{shown}件を表示しています。',
    },
    kinds: { 都道府県: '都道府県', 市区町村: '市区町村', 相談先: '相談先', ガイド: 'ガイド', ツール: 'ツール', サイト情報: 'サイト情報' },
    page: {
      title: 'サイト内検索',
      description: '都道府県・市区町村の名前（ひらがなでも可）、相談先、状況などで、このサイトの中を探せます。',
      intro: '都道府県や市区町村の名前（ひらがなでも探せます）、「ひき逃げ」「性暴力」などの言葉、電話番号で探せます。検索した言葉は送信も保存もされず、ページのアドレスにも残りません。',
      noscript: '検索にはJavaScriptが必要です。都道府県の一覧から探してください。',
      query: '探したい言葉',
      kind: 'ページの種類',
      prefecture: '都道府県',
      all: 'すべて',
    },
  },
};
