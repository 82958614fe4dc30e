/**
 * The strings of the pages that exist in every language, in Japanese (the translated dictionaries hold
 * theirs under the same keys), and the lookup the shared page components use.
 */
import type { PageStrings } from './dictionary';
import { PAGES } from './index';
import type { Lang } from './languages';

/** The /check/ page around the island, in Japanese (the translated pages take theirs from PAGES). */
const checkPage: PageStrings['checkPage'] = {
  title: '使える支援を確かめる',
  description:
    '都道府県の多機関ワンストップサービスと、犯罪被害給付制度・公費負担・法テラスの弁護士の支援など国の制度について、使えそうか、いつまでに、どこに申請するかを確かめられます。回答は送信も保存もされません。',
  intro:
    'いくつかの質問に答えると、都道府県の多機関ワンストップサービスと、国の制度（給付金、医療費の公費負担、弁護士の支援など）を使えそうかの目安、申請の期限、申請する窓口がわかります。どの質問も「わからない・答えたくない」を選べます。',
  privacy: '回答はこの端末の中だけで使われます。送信も保存もされず、ページのアドレスにも残りません。結果にかかわらず、どの窓口でも相談できます。',
  noscript: 'JavaScriptが無効のため、質問は表示されません。下の一覧から、都道府県の基準と国の制度の条件をご覧ください。',
  criteria: '基準の一覧',
  criteriaText: '対象基準を登録している都道府県の基準は、それぞれのページで表にしています。',
  criteriaLink: '{name}: だれが対象になるか',
  others: 'ほかの都道府県は、各都道府県のページの窓口に相談してください。',
  schemes: '国の制度（どこに住んでいても使える制度）の条件と期限',
};

/** /support/ and /support/<id>/ in Japanese. */
const supportPages: PageStrings['supportPages'] = {
  title: '国の支援制度',
  description: '犯罪被害給付制度、医療費の公費負担、法テラスの弁護士の支援、政府保障事業など、どこに住んでいても使える国の制度の一覧です。',
  intro:
    '犯罪の被害にあった人と家族・遺族が、どの都道府県でも使える国の制度です。それぞれに対象になる条件があり、申請の期限がある制度もあります。期限を過ぎると使えなくなるので、早めに確かめてください。',
  check: '質問に答えて、使えそうな制度と期限を確かめる（回答は送信も保存もされません）',
  kinds: {
    benefit: '給付金',
    'public-expense': '費用の公費負担',
    'legal-aid': '弁護士の支援',
    compensation: '損害のてん補',
    information: '知らせてもらう・伝える制度',
  },
  legalBasis: '根拠: ',
  provides: '受けられる支援',
  who: 'だれが対象になるか',
  conditions: '知っておきたいこと',
  apply: '申請のしかた',
  prefectureLink: '都道府県のページに、その都道府県の警察の窓口をのせています。',
  checkOne: '質問に答えて、この制度を使えそうか確かめる',
  sources: '出典',
  criteriaCaption: '{name}の対象になる条件',
  condition: '条件',
  article: '条文・根拠',
  covered: '対象: ',
  unclear: '事件の内容による: ',
  users: '使える人: ',
  depends: '場合による: ',
  deadlineCaption: '{action}の期限',
  limit: '期限',
  exception: '例外: ',
};

/** An organisation's page. */
const organisationPage: PageStrings['organisationPage'] = {
  description: '{places}の{role}: {name}',
  website: 'ウェブサイト',
};

/** Groups of lines (prefecture and scheme pages). */
const lineGroups: PageStrings['lineGroups'] = {
  night: '夜間・休日に話せる先',
  nightText: '夜や土日・祝日にも電話を受けるところです。いま受付中かどうかは、番号の横に出ます。',
  nightNone: 'この都道府県の窓口で、夜間・休日に受けると確かめられたものはまだありません。下の全国の番号は夜間・休日も受けます。',
  legal: '法律の相談',
  legalText: '弁護士の支援や法律の制度をどこに相談すればよいかは、法テラスが案内します。犯罪の被害にあった方の窓口も教えてくれます。',
};

type SharedPages = Pick<PageStrings, 'checkPage' | 'supportPages' | 'organisationPage' | 'lineGroups'>;
const JAPANESE: SharedPages = { checkPage, supportPages, organisationPage, lineGroups };

export const pageStrings = (lang: Lang): SharedPages => (lang === 'ja' ? JAPANESE : PAGES[lang]);
