/**
 * The sentences the 要綱 check builds its reasons from, as templates (src/domain/fill.ts).
 * Japanese here; other languages in src/i18n/<lang>.ts under `check.eligibility`.
 */
import { HARM_LABELS, MIN_HARM_TEXT, OFFENCE_LABELS, type Harm, type Offence } from './taxonomy';

export interface EligibilityPhrases {
  offences: Record<Offence, string>;
  harms: Record<Harm, string>;
  /** What a rule requires at least, for the reasons. */
  minHarm: Record<Harm, string>;
  /** Joins the place combinations that count: 「A、またはB」. */
  or: string;
  sentenceSeparator: string;
  offence: { unknown: string; other: string; notListed: string; nearSexual: string; condition: string; metHarm: string; unknownHarm: string; below: string };
  place: { met: string; notMet: string; abroadUnclear: string; unknown: string };
  /** {c}: the rule's own text. */
  confirmation: { met: string; no: string; unknown: string };
  noData: string;
}

export const ELIGIBILITY_PHRASES_JA: EligibilityPhrases = {
  offences: OFFENCE_LABELS,
  harms: HARM_LABELS,
  minHarm: MIN_HARM_TEXT,
  or: '、または',
  sentenceSeparator: '',
  offence: {
    unknown: '事件の種類が分からないため、対象の事件にあたるかは判断できません。',
    other: '一覧にない事件は、{other}として認められれば対象になります。相談して確かめてください。',
    notListed: '「{label}」は、要綱の対象事件の一覧にありません。',
    nearSexual: '「{label}」が、要綱の「{rule}」にあたるかは、事件の内容によります。相談して確かめてください。',
    condition: '{rule}は、{min}に対象です。',
    metHarm: 'お答えの被害（{harm}）はこれにあたります。',
    unknownHarm: '被害の程度が分からないため、判断できません。',
    below: 'お答えの被害（{harm}）は、この基準に届きません。',
  },
  place: {
    met: '{texts}にあたります。',
    notMet: '対象は、{allowed}です。お答えの住まいと事件の場所は、これにあたりません。',
    abroadUnclear: '対象は、{allowed}です。国外で起きた事件の扱いは、この要綱には書かれていません。',
    unknown: '対象は、{allowed}です。住まいか事件の場所が分からないため、判断できません。',
  },
  confirmation: {
    met: '{c}。警察への届出で確かめられます。',
    no: '{c}。警察に届け出ていなくても、ほかの方法で確かめられる場合があるため、対象外とは限りません。',
    unknown: '{c}。警察への届出があれば、それで確かめられます。',
  },
  noData: 'この都道府県の多機関ワンストップサービスの対象基準は、まだこのサイトに登録されていません。',
};
