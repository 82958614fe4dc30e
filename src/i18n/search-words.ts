/**
 * The words of search in every language. Plain data in a module of its own: the search code, loaded on
 * the first search, takes them from here, so pages carry no search words until someone searches.
 */
import type { SearchWords } from './dictionary';
import type { Lang } from './languages';
import { ZH_HANS_SEARCH } from './zh-hans-words';
import { VI_SEARCH } from './vi-words';

export const SEARCH_WORDS: Record<Lang, SearchWords> = {
  ja: {
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
  en: {
    label: 'Search this site',
    button: 'Search',
    results: 'Search results',
    more: 'Show more',
    filterLink: 'Search with filters',
    status: {
      searching: 'Searching…',
      none: 'Nothing found. Try other words, or the name of your city or prefecture (for example: sapporo).',
      found: '{total} found.',
      shown: ' Showing {shown}.',
    },
    kinds: { 都道府県: 'Prefecture', 市区町村: 'Municipality', 相談先: 'Office', ガイド: 'Guide', ツール: 'Tool', サイト情報: 'About this site' },
    page: {
      title: 'Search this site',
      description: 'Search this site by the name of a prefecture or municipality (for example: tokushima, sapporo, hachioji), or by words such as “lawyer” or “benefit”.',
      intro: 'Search by the name of your prefecture or municipality (for example: tokushima, sapporo, hachioji), or by words such as “lawyer” or “deadline”. What you type is not sent or saved, and does not appear in the page address.',
      noscript: 'Search needs JavaScript. Please use the list of prefectures instead.',
      query: 'Words to search for',
      kind: 'Kind of page',
      prefecture: 'Prefecture',
      all: 'All',
    },
  },
  yasashii: {
    label: 'この サイトの なかを さがす',
    button: 'さがす',
    results: 'さがした {結果|けっか}',
    more: 'もっと みる',
    filterLink: 'しゅるいや {都道府県|とどうふけん}で しぼって さがす',
    status: {
      searching: 'さがして います…',
      none: 'みつかりませんでした。ほかの ことばや、ひらがなで さがして ください。',
      found: '{total}こ みつかりました。',
      shown: '{shown}こを みせて います。',
    },
    kinds: { 都道府県: '{都道府県|とどうふけん}', 市区町村: '{市|し}{区|く}{町|ちょう}{村|そん}', 相談先: '{相談|そうだん}{先|さき}', ガイド: 'ガイド', ツール: 'しらべる', サイト情報: 'サイトの こと' },
    page: {
      title: 'この サイトの なかを さがす',
      description: '{都道府県|とどうふけん}や {市|し}{区|く}{町|ちょう}{村|そん}の なまえ（ひらがなでも いいです）や、ことばで さがせます。',
      intro: '{都道府県|とどうふけん}や {市|し}{区|く}{町|ちょう}{村|そん}の なまえ（ひらがなでも いいです）や、「{弁護士|べんごし}」などの ことばで さがせます。さがした ことばは おくりません。のこしません。ページの アドレスにも のこりません。',
      noscript: 'さがすには JavaScriptが ひつようです。{都道府県|とどうふけん}の いちらんから さがして ください。',
      query: 'さがしたい ことば',
      kind: 'ページの しゅるい',
      prefecture: '{都道府県|とどうふけん}',
      all: 'ぜんぶ',
    },
  },
  'zh-hans': ZH_HANS_SEARCH,
  vi: VI_SEARCH,
};
