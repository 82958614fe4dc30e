/** Visible names for the codes used in content, in one place. */
import type { RouteStep } from '../schemas/prefecture';

export const ROUTE_STEP_LABELS: Record<RouteStep, string> = {
  intake: '相談受付',
  coordinator: 'コーディネーター',
  meeting: '支援調整会議',
  plan: '支援計画',
  review: '検証',
  closure: '終結',
};

export type ContactRole = 'sv-centre' | 'support-centre' | 'police' | 'prefecture-window';

export const CONTACT_ROLES: Record<ContactRole, { label: string; fallback: string }> = {
  'sv-centre': {
    label: '性犯罪・性暴力被害者のためのワンストップ支援センター',
    fallback: '#8891（はやくワンストップ）にかけると、近くのセンターにつながります。',
  },
  'support-centre': {
    label: '民間の被害者支援センター',
    fallback: '代わりに、全国の犯罪被害者等電話サポートセンターで話せます（各地の支援センターが閉まっている時間も受けます）。',
  },
  police: {
    label: '警察の被害相談窓口',
    fallback: '警察相談専用電話 #9110 にかけると、この県の警察の相談窓口につながります。いま危険があるときは110番です。',
  },
  'prefecture-window': {
    label: '都道府県の総合的対応窓口',
    fallback: 'お住まいの市区町村の役所にも、犯罪被害者等のための総合的対応窓口があります。電話で話したいときは、全国の犯罪被害者等電話サポートセンターへ。',
  },
};

/**
 * The national lines a contact card offers (content/national/lines.yaml ids): `fallback` when the
 * prefecture's own number is not published, so every kind of contact has a line to call; `also` always
 * (#8103 wherever sexual violence is the subject).
 */
export const ROLE_LINES: Record<ContactRole, { fallback: string; also?: string }> = {
  'sv-centre': { fallback: 'onestop-8891', also: 'police-8103' },
  'support-centre': { fallback: 'victim-support-backup' },
  police: { fallback: 'police-9110' },
  'prefecture-window': { fallback: 'victim-support-backup' },
};

export const SCHEME_STATUS_LABELS = {
  established: '実施中',
  planned: '準備中',
  unknown: '確認できていません',
} as const;

export const PARTY_ROLE_LABELS = {
  prefecture: '都道府県',
  police: '警察',
  'support-centre': '民間の被害者支援センター',
} as const;

/**
 * A line's label as shown beside its number, without repeating it: 「#8891（はやくワンストップ）」 keeps its memory aid
 * 「はやくワンストップ」; a label that is only the number is left out.
 */
export function labelBesideNumber(label: string | undefined, number: string): string | undefined {
  if (!label?.startsWith(number)) return label;
  const rest = label.slice(number.length).trim().replace(/^[（(](.*)[）)]$/, '$1').trim();
  return rest || undefined;
}
