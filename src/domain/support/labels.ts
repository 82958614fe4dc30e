/** Words for the support finder's values, shared by the pages and the island. */
import type { Outcome, Relation } from './index';
import type { Scheme } from '../../schemas/scheme';

export const RELATION_LABELS: Record<Relation, string> = {
  victim: '被害にあった本人',
  family: '家族',
  bereaved: '遺族',
};

export const SCHEME_KIND_LABELS: Record<Scheme['kind'], string> = {
  benefit: '給付金',
  'public-expense': '費用の公費負担',
  'legal-aid': '弁護士の支援',
  compensation: '損害のてん補',
  information: '知らせてもらう・伝える制度',
};

export const OUTCOME_TEXT: Record<Outcome, string> = {
  likely: 'お答えの内容からは、使える可能性が高いです。',
  unclear: 'お答えの内容だけでは分かりません。窓口で確かめてください。',
  'outside-criteria': 'お答えの内容は、この制度の基準にはあてはまらないようです。',
};
