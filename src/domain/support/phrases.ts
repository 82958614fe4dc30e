/**
 * The sentences the support finder builds its reasons from, as templates (src/domain/fill.ts).
 * {c} is the criterion's own text from content; the other placeholders are named where used.
 * Japanese here; other languages in src/i18n/<lang>.ts under `check.support`.
 */
import { HARM_LABELS, MIN_HARM_TEXT, OFFENCE_LABELS, type Harm, type Offence } from '../eligibility/taxonomy';

export interface SupportPhrases {
  offences: Record<Offence, string>;
  harms: Record<Harm, string>;
  relations: Record<'victim' | 'family' | 'bereaved', string>;
  assetBands: Record<'under-200' | '200-to-300' | 'over-300', string>;
  /** {year} and {name} (from monthNames). */
  month: string;
  monthNames: string[];
  /** Joins the texts of several routes. */
  listSeparator: string;
  /** Joins two sentences ('' in Japanese, ' ' in English). */
  sentenceSeparator: string;
  /** A clause and its article: {text} {article}. */
  cited: string;
  offence: { unknown: string; met: string; unclear: string; unclearDefault: string; notMet: string };
  harm: { met: string; unknown: string; mentalCare: string; notMet: string; notMetAnswer: string };
  place: { unknown: string; abroad: string; met: string };
  nationality: { unknown: string; met: string };
  relation: { unknown: string; met: string; depends: string; dependsDefault: string; notMet: string };
  assets: { unknown: string; met: string; over: string; exception: string };
  prerequisite: { met: string; no: string; unknown: string };
  unasked: string;
  coverage: { unknown: string; before: string; midMonth: string; met: string };
  /** A local payment: where the person lived at the time ({place}). */
  area: { unknown: string; met: string; notMet: string };
  /** The verb of applying for a local payment (申請), as deadlines say it. */
  localApply: string;
  /**
   * A local payment's reasons, worded from its data in the visitor's language: its own sentences (Japanese,
   * with their sources) are on its page, one tap from the result, and the self-check's data stays small.
   */
  local: {
    /** One amount of the payment: {case} (its name, in Japanese as the source gives it) and {amount}. */
    amount: string;
    /** What a rule on the police report asks, said before the answer's verdict. */
    reported: string;
    /** The least harm a route needs (the eligibility's words). */
    minHarm: Record<Harm, string>;
    /** Added to a route that also needs 通算3日以上の入院. */
    hospital: string;
    mentalCare: string;
    disability: string;
    /** After a prerequisite answered no: it is not met ('not-met'), or it may be met otherwise ('unknown'). */
    no: Record<'not-met' | 'unknown', string>;
    /** A deadline's limit, {months} counted from the crime, from knowing of it, or from the death or disability. */
    from: Record<'incident' | 'known' | 'harm', string>;
  };
  /** {rule}: the limits' texts; {action}: the scheme's verb (申請); {month}. */
  deadline: { ruleSeparator: string; rule: string; unknown: string; passed: string; softPassed: string; softUntil: string; until: string; laterNote: string };
}

export const SUPPORT_PHRASES_JA: SupportPhrases = {
  offences: OFFENCE_LABELS,
  harms: HARM_LABELS,
  relations: { victim: '被害にあった本人', family: '被害者の家族', bereaved: '亡くなった被害者の遺族' },
  assetBands: { 'under-200': '200万円未満', '200-to-300': '200万円以上300万円以下', 'over-300': '300万円を超える' },
  month: '{year}年{name}',
  monthNames: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  listSeparator: '、',
  sentenceSeparator: '',
  cited: '{text}（{article}）',
  offence: {
    unknown: '{c}事件の種類が分からないため、判断できません。',
    met: '{c}「{label}」はこれにあたります。',
    unclear: '{c}「{label}」があたるかは、{why}',
    unclearDefault: '事件の内容によります。',
    notMet: '{c}「{label}」は、この対象にあたりません。',
  },
  harm: {
    met: '{c}お答えの被害は「{route}」にあたります。',
    unknown: '{c}（{list}）。お答えからは、どれにあたるか判断できません。',
    mentalCare: '{c}（{list}）。体のけがの程度ではあたりませんが、事件による心の病気で医師の治療を受けている場合は、それも被害にあたることがあります。窓口で確かめてください。',
    notMet: '{c}（{list}）。この基準にあたりません。',
    notMetAnswer: '{c}（{list}）。お答えの被害（{harm}）は、この基準にあたりません。',
  },
  place: {
    unknown: '{c}事件の場所が分からないため、判断できません。',
    abroad: '{c}国外で起きた事件は対象外です。{abroad}',
    met: '{c}国内で起きた事件なので、これにあたります。',
  },
  nationality: {
    unknown: '{c}日本国籍があれば、国外に住んでいても対象です。',
    met: '{c}日本国内にお住まいなので、これにあたります（事件のときも国内に住んでいた場合）。',
  },
  relation: {
    unknown: '{c}どなたが使うのか分からないため、判断できません。',
    met: '{c}{who}は、これにあたります。',
    depends: '{c}{who}は、{why}',
    dependsDefault: '場合によって使えます。',
    notMet: '{c}{who}は、これにあたりません。',
  },
  assets: {
    unknown: '{c}資産の額が分からないため、判断できません。',
    met: '{c}お答えの資産（{band}）は、これにあたります。',
    over: '{c}お答えの資産（{band}）は、この基準を超えています。{exception}',
    exception: 'ただし、{text}（{article}）',
  },
  prerequisite: { met: '{c}お答えでは、これにあたります。', no: '{c}{no}', unknown: '{c}お答えからは判断できません。' },
  unasked: '{c}このサイトではおたずねしていないため、窓口で確かめてください。',
  area: {
    unknown: '{place}に住んでいた人（事件のとき）が対象です。お住まいの市区町村が分からないため、判断できません。',
    met: '{place}に住んでいた人（事件のとき）が対象です。お答えでは、これにあたります。',
    notMet: '{place}に住んでいた人（事件のとき）が対象です。お答えの住まいは、これにあたりません。',
  },
  localApply: '申請',
  local: {
    amount: '{case}: {amount}',
    reported: '警察に被害届が出されていることが必要です。',
    minHarm: MIN_HARM_TEXT,
    hospital: '（通算3日以上の入院が必要）',
    mentalCare: '事件による心の病気で医師の治療を受けている場合',
    disability: '障害が残った場合',
    no: { 'not-met': 'この条件にあてはまらないと対象になりません。', unknown: 'ほかの方法で確かめられる場合もあるため、窓口で確かめてください。' },
    from: { incident: '事件の日から{months}か月以内', known: '被害を知った日から{months}か月以内', harm: '亡くなった日（障害が残った日）から{months}か月以内' },
  },
  coverage: {
    unknown: '{c}事件の時期が分からないため、判断できません。',
    before: '{c}お答えの事件（{month}）は、それより前です。',
    midMonth: '{c}お答えの月（{month}）は、日によって対象になるかが分かれます。',
    met: '{c}お答えの事件（{month}）は、これにあたります。',
  },
  deadline: {
    ruleSeparator: '。',
    rule: '{rule}。{text}',
    unknown: '{action}の期限: {rule}。事件の時期が分からないため、期限を過ぎているかは判断できません。',
    passed: '{action}の期限（{month}頃）を過ぎています。',
    softPassed: '事件の月から数えると{action}の期限（{month}頃）を過ぎていますが、数え始める日が後になる場合は、まだ{action}できます。',
    softUntil: '遅くとも{month}頃までです。',
    until: '{action}できるのは{month}頃まで{later}です。',
    laterNote: '（数え始める日が事件より後なら、その分あとまで）',
  },
};
