/**
 * The answers the self-check asks for, in a victim's words, and how they relate to each other.
 * Shared by the rules schema, the engine, the island and the tests.
 */
export const OFFENCES = [
  'homicide',
  'robbery',
  'sexual',
  'kidnapping',
  'trafficking',
  'confinement',
  'assault',
  'traffic',
  'dangerous-driving',
  'hit-and-run',
  'other',
] as const;
export type Offence = (typeof OFFENCES)[number];

export const OFFENCE_LABELS: Record<Offence, string> = {
  homicide: '殺人・殺人未遂',
  robbery: '強盗',
  sexual: '性犯罪・性暴力',
  kidnapping: '略取・誘拐',
  trafficking: '人身取引',
  confinement: '逮捕・監禁',
  assault: '暴行・傷害',
  traffic: '交通事故',
  'dangerous-driving': '危険運転による事故',
  'hit-and-run': 'ひき逃げ',
  other: 'その他',
};

/** Dangerous driving and hit-and-run are traffic cases too: the traffic rules apply to them as well as their own. */
export function offenceFamily(offence: Offence): Offence[] {
  return offence === 'dangerous-driving' || offence === 'hit-and-run' ? [offence, 'traffic'] : [offence];
}

/** Worst result of the harm, from least to most serious. 全治 = time to heal as diagnosed. */
export const HARMS = ['none', 'injury-under-1m', 'injury-1m-to-3m', 'injury-3m-plus', 'death'] as const;
export type Harm = (typeof HARMS)[number];

export const HARM_LABELS: Record<Harm, string> = {
  none: 'けがはない（未遂を含む）',
  'injury-under-1m': 'けが（全治1か月未満）',
  'injury-1m-to-3m': 'けが（全治1か月以上3か月未満）',
  'injury-3m-plus': 'けが（全治3か月以上）',
  death: '亡くなった',
};

/** What a rule requires at least, in words for the reasons. */
export const MIN_HARM_TEXT: Record<Harm, string> = {
  none: 'けがの有無を問わず（未遂を含む）',
  'injury-under-1m': '死亡またはけががあった場合',
  'injury-1m-to-3m': '死亡または全治1か月以上のけがの場合',
  'injury-3m-plus': '死亡または全治3か月以上のけがの場合',
  death: '亡くなった場合',
};

export const harmRank = (harm: Harm): number => HARMS.indexOf(harm);

export const UNKNOWN = 'unknown' as const;
export type Unknown = typeof UNKNOWN;

/** A JIS prefecture code '01'…'47', 'abroad', or 'unknown'. */
export type Place = string;

export interface Answers {
  offence: Offence | Unknown;
  harm: Harm | Unknown;
  residence: Place;
  incident: Place;
  policeReport: 'yes' | 'no' | Unknown;
}
