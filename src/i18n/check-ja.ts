/** The self-check's words in Japanese (the authority; see check-words.ts). */
import type { CheckWords } from './check-words';
import { ELIGIBILITY_PHRASES_JA } from '../domain/eligibility/phrases';
import { SUPPORT_PHRASES_JA } from '../domain/support/phrases';
import { CONTACT_ROLES } from '../domain/labels';

export const checkJa: CheckWords = {
  unknown: 'わからない・答えたくない',
  questions: {
    offence: '1. どのような被害でしたか',
    harm: '2. いちばん重い被害はどれですか（全治は医師の診断による期間）',
    residence: '3. 被害に遭った方が住んでいる都道府県',
    incident: '4. 事件・事故が起きた都道府県',
    policeReport: { legend: '5. 警察に被害を届け出ましたか', options: { yes: 'はい', no: 'いいえ' } },
    municipality: {
      label: 'お住まいの市区町村（任意）',
      hint: '次の市区町村には、独自の見舞金があります。選ぶと結果に金額を表示します。',
      other: 'ほかの市区町村・答えたくない',
    },
    abroad: '日本国外',
    relation: {
      legend: 'この制度を使うのはどなたですか',
      why: '制度によって、使えるのが被害にあった本人か、家族・遺族かが決まっているためです。',
      options: { victim: '被害にあった本人', family: '被害にあった人の家族', bereaved: '亡くなった人の遺族' },
    },
    incidentMonth: {
      legend: '事件があったのはいつですか（年と月）',
      hint: 'だいたいで構いません。',
      why: '申請の期限や、始まったばかりの制度の対象になるかを、月単位で確かめるためです。',
      year: '年',
      month: '月',
    },
    hospitalDays: {
      legend: 'けがで入院しましたか',
      why: '犯罪被害給付制度では、1か月以上の治療と3日以上の入院が必要なけがが対象になるためです。',
      options: { '3-plus': '3日以上入院した（する予定）', 'under-3': '入院は3日未満', none: '入院はしていない' },
    },
    mentalCare: {
      legend: '事件のあと、心の不調で医師の治療を受けていますか',
      why: '体のけががなくても、事件による心の病気（PTSDなど）で1か月以上治療を受け、3日以上仕事や日常生活ができなかった場合は、給付金の対象になることがあるためです。',
      options: { yes: 'はい（1か月以上の治療で、3日以上仕事や生活ができなかった）', no: 'いいえ' },
    },
    disability: {
      legend: '障害（後遺障害）が残りましたか',
      why: '障害が残った場合に使える給付金や、弁護士の支援の制度があるためです。',
      options: { yes: 'はい（残った、または残ると言われた）', no: 'いいえ' },
    },
    assets: {
      legend: '現金・預貯金・有価証券は、あわせてどのくらいですか',
      why: '弁護士費用の援助などには資産の基準があるためです。治療費など、事件のためにこれから必要になるお金は差し引いて考えてください。制度によっては配偶者の分も合わせます。答えはこの画面の中だけで使い、どこにも送りません。',
      options: { 'under-200': '200万円未満', '200-to-300': '200万円以上300万円以下', 'over-300': '300万円より多い' },
    },
    prosecuted: {
      legend: '加害者は起訴されましたか（刑事裁判が開かれますか）',
      why: '被害者参加の制度は、刑事裁判が開かれる場合に使えるためです。まだ決まっていない場合は「わからない」を選んでください。',
      options: { yes: '起訴された（裁判が開かれる・開かれた）', no: '起訴されないことが決まった（不起訴など）' },
    },
  },
  submit: '結果を見る',
  reset: '回答を消す',
  results: {
    heading: '結果',
    disclaimer: 'これは目安です。最終的には窓口で判断されます。',
    loading: '基準を読み込んでいます。読み込みが終わると、ここに結果が出ます。',
    failed: '基準を読み込めませんでした。ページを再読み込みするか、下の基準の一覧から都道府県のページをご覧ください。',
    criteriaLink: '基準の一覧',
    noPrefecture: '都道府県を選ぶと、その都道府県の基準で確かめます。分からないときも、下の全国共通の窓口に相談できます。',
  },
  met: { true: 'あてはまる', false: 'あてはまらない', unknown: '判断できない' },
  oneStop: {
    title: '{name}の多機関ワンストップサービス',
    outcomes: {
      likely: 'お答えの内容からは、対象になる可能性が高いです。',
      unclear: 'お答えの内容だけでは、対象になるか判断できません。相談すれば、窓口で一緒に確かめてもらえます。',
      'outside-criteria': 'お答えの内容は、文書の基準にはあてはまらないようです。それでも、関係機関が特に必要と認めれば支援を受けられることがあります。ほかの支援もありますので、まず相談してください。',
      'no-data': 'この都道府県の対象基準は、まだこのサイトに登録されていません。下の窓口に相談してください。',
    },
    checks: '確かめたこと',
    conditions: '支援が始まるまで',
    exclusions: '対象にならない場合（文書による）',
    exclusionsNote: 'このサイトではこれを質問しません。迷っても、まず相談してください。',
    contacts: '{name}の相談先',
    route: '{name}の多機関ワンストップサービスは、県・警察・支援センター・市町村のどの窓口に相談しても、あなたの同意のもとでコーディネーターにつながります。',
    roles: {
      'sv-centre': CONTACT_ROLES['sv-centre'].label,
      'support-centre': CONTACT_ROLES['support-centre'].label,
      police: CONTACT_ROLES.police.label,
      'prefecture-window': CONTACT_ROLES['prefecture-window'].label,
    },
    hours: '受付: ',
    old: '（{year}年の資料による番号です。変わっているかもしれません）',
    sexual: '性暴力・性犯罪の相談: {tel}（近くのワンストップ支援センターにつながります）',
    police: '警察相談専用電話: {tel}',
    danger: 'いま危険があるときは {tel}',
    more: '{name}の相談先と仕組みを詳しく見る',
  },
  schemes: {
    heading: '国の制度',
    intro: 'どこに住んでいても使える国の制度です。使える可能性の高いものから並べています。「判断できない」ものも、窓口で確かめれば使えることがあります。',
    outcomes: {
      likely: 'お答えの内容からは、使える可能性が高いです。',
      unclear: 'お答えの内容だけでは分かりません。窓口で確かめてください。',
      'outside-criteria': 'お答えの内容は、この制度の基準にはあてはまらないようです。',
    },
    passed: '期限を過ぎている可能性があります。',
    exception: '例外: ',
    checks: '確かめたこと（{n}項目）',
    conditions: '知っておきたいこと',
    apply: '申請のしかた',
    police: '{name}の警察: ',
    policeUnknown: '直通番号は確認中です。{tel} で申請の窓口を聞けます。',
    phone: '電話',
    more: 'この制度について詳しく見る（出典つき）',
  },
  benefits: { heading: '{name}の見舞金', deadline: '申請の期限: ', more: '{name}の条件と出典を見る', yen: '{amount}円' },
  support: SUPPORT_PHRASES_JA,
  eligibility: ELIGIBILITY_PHRASES_JA,
};

