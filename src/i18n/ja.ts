/** Japanese: the authority. The other dictionaries translate these strings. */
import type { UiStrings } from './dictionary';
import { CONTACT_ROLES } from '../domain/labels';
import { REGIONS } from '../domain/prefectures';
import { checkJa } from './check-ja';
import { SEARCH_WORDS } from './search-words';

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
  nav: { label: 'サイト内', menu: 'メニュー・検索', prefectures: '都道府県から探す', check: '対象か確かめる', safety: '安全に見るために' },
  languageSwitch: { label: 'ほかの言語' },
  footer: {
    linesHeading: '全国共通の相談先',
    note: '犯罪被害者等 相談先ガイドは、公開されている資料をもとに相談先をまとめたものです。このサイトは相談内容を受け付けたり、記録したりしません。',
    safety: '安全に見るために',
    sources: 'これらの番号の出典',
  },
  sources: { label: '出典:', checked: (date) => `${date}確認`, pageDate: (date) => `${date}のページ` },
  phone: {
    old: (year) => `この番号は${year}年の資料によるもので、変わっているかもしれません。つながらないときは、下の全国共通の窓口にかけてください。`,
    conflict: (others) => `公的な資料によって番号が違います。ここには日付のいちばん新しい資料の番号を載せています（ほかの資料の番号: ${others}）。`,
    serves: { 'sexual-violence': '性暴力の被害の相談', children: '子ども・保護者の相談' },
  },
  staleNotice: (date) => `情報が古い可能性があります（最終確認: ${date}）。電話の前に、出典のページで最新の情報を確かめてください。`,
  report: { link: '情報の誤りを知らせる', hint: '（番号が違う、窓口がなくなった、など）' },
  roles: CONTACT_ROLES,
  regions: Object.fromEntries(REGIONS.map((r) => [r, r])) as UiStrings['regions'],
  unknownNumber: '直通番号は確認中です。',
  check: checkJa,
  search: SEARCH_WORDS.ja,
};
