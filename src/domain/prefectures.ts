/**
 * The 47 prefectures: JIS X 0401 code, name, reading, URL slug and region.
 * This table is the one place that ties a code to a name and a URL; content entries
 * are checked against it so a typo in a code or slug cannot create a wrong page.
 */
export const REGIONS = ['北海道', '東北', '関東', '中部', '近畿', '中国', '四国', '九州・沖縄'] as const;
export type Region = (typeof REGIONS)[number];

export interface Prefecture {
  code: string;
  name: string;
  kana: string;
  slug: string;
  region: Region;
}

const rows: [string, string, string, string, Region][] = [
  ['01', '北海道', 'ほっかいどう', 'hokkaido', '北海道'],
  ['02', '青森県', 'あおもりけん', 'aomori', '東北'],
  ['03', '岩手県', 'いわてけん', 'iwate', '東北'],
  ['04', '宮城県', 'みやぎけん', 'miyagi', '東北'],
  ['05', '秋田県', 'あきたけん', 'akita', '東北'],
  ['06', '山形県', 'やまがたけん', 'yamagata', '東北'],
  ['07', '福島県', 'ふくしまけん', 'fukushima', '東北'],
  ['08', '茨城県', 'いばらきけん', 'ibaraki', '関東'],
  ['09', '栃木県', 'とちぎけん', 'tochigi', '関東'],
  ['10', '群馬県', 'ぐんまけん', 'gunma', '関東'],
  ['11', '埼玉県', 'さいたまけん', 'saitama', '関東'],
  ['12', '千葉県', 'ちばけん', 'chiba', '関東'],
  ['13', '東京都', 'とうきょうと', 'tokyo', '関東'],
  ['14', '神奈川県', 'かながわけん', 'kanagawa', '関東'],
  ['15', '新潟県', 'にいがたけん', 'niigata', '中部'],
  ['16', '富山県', 'とやまけん', 'toyama', '中部'],
  ['17', '石川県', 'いしかわけん', 'ishikawa', '中部'],
  ['18', '福井県', 'ふくいけん', 'fukui', '中部'],
  ['19', '山梨県', 'やまなしけん', 'yamanashi', '中部'],
  ['20', '長野県', 'ながのけん', 'nagano', '中部'],
  ['21', '岐阜県', 'ぎふけん', 'gifu', '中部'],
  ['22', '静岡県', 'しずおかけん', 'shizuoka', '中部'],
  ['23', '愛知県', 'あいちけん', 'aichi', '中部'],
  ['24', '三重県', 'みえけん', 'mie', '近畿'],
  ['25', '滋賀県', 'しがけん', 'shiga', '近畿'],
  ['26', '京都府', 'きょうとふ', 'kyoto', '近畿'],
  ['27', '大阪府', 'おおさかふ', 'osaka', '近畿'],
  ['28', '兵庫県', 'ひょうごけん', 'hyogo', '近畿'],
  ['29', '奈良県', 'ならけん', 'nara', '近畿'],
  ['30', '和歌山県', 'わかやまけん', 'wakayama', '近畿'],
  ['31', '鳥取県', 'とっとりけん', 'tottori', '中国'],
  ['32', '島根県', 'しまねけん', 'shimane', '中国'],
  ['33', '岡山県', 'おかやまけん', 'okayama', '中国'],
  ['34', '広島県', 'ひろしまけん', 'hiroshima', '中国'],
  ['35', '山口県', 'やまぐちけん', 'yamaguchi', '中国'],
  ['36', '徳島県', 'とくしまけん', 'tokushima', '四国'],
  ['37', '香川県', 'かがわけん', 'kagawa', '四国'],
  ['38', '愛媛県', 'えひめけん', 'ehime', '四国'],
  ['39', '高知県', 'こうちけん', 'kochi', '四国'],
  ['40', '福岡県', 'ふくおかけん', 'fukuoka', '九州・沖縄'],
  ['41', '佐賀県', 'さがけん', 'saga', '九州・沖縄'],
  ['42', '長崎県', 'ながさきけん', 'nagasaki', '九州・沖縄'],
  ['43', '熊本県', 'くまもとけん', 'kumamoto', '九州・沖縄'],
  ['44', '大分県', 'おおいたけん', 'oita', '九州・沖縄'],
  ['45', '宮崎県', 'みやざきけん', 'miyazaki', '九州・沖縄'],
  ['46', '鹿児島県', 'かごしまけん', 'kagoshima', '九州・沖縄'],
  ['47', '沖縄県', 'おきなわけん', 'okinawa', '九州・沖縄'],
];

export const PREFECTURES: readonly Prefecture[] = rows.map(([code, name, kana, slug, region]) => ({
  code,
  name,
  kana,
  slug,
  region,
}));

export const PREFECTURE_CODES = PREFECTURES.map((p) => p.code) as [string, ...string[]];

const byCode = new Map(PREFECTURES.map((p) => [p.code, p]));

export function prefectureByCode(code: string): Prefecture | undefined {
  return byCode.get(code);
}
