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
  'voyeurism',
  'groping',
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
  voyeurism: '盗撮（性的な姿をひそかに撮られた）',
  groping: '痴漢',
  other: 'その他',
};

/**
 * 盗撮 (性的姿態撮影等処罰法) and 痴漢 (迷惑防止条例, or 不同意わいせつ when the act is grave) are not always the
 * 刑法 sexual offences a rule means by 性犯罪: where a rule covers 'sexual', they are unclear, never met.
 */
export const NEAR_SEXUAL: readonly Offence[] = ['voyeurism', 'groping'];

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

/** The offences answered, as a list (empty when not known). */
export function offencesOf(answers: Pick<Answers, 'offence'>): Offence[] {
  const { offence } = answers;
  return offence === 'unknown' ? [] : typeof offence === 'string' ? [offence] : [...offence];
}

/** Answers with a single offence (or none known), as each rule is checked. */
export type OneOffence<A extends Answers> = Omit<A, 'offence'> & { offence: Offence | Unknown };

/** The answers once per offence given (once, unchanged, when none is known): a rule is met when any of them meets it. */
export function perOffence<A extends Answers>(answers: A): OneOffence<A>[] {
  const list = offencesOf(answers);
  return list.length === 0 ? [{ ...answers, offence: 'unknown' }] : list.map((offence) => ({ ...answers, offence }));
}

/** Of several checks of the same rule (one per offence): the first met, else the first unknown, else the first. */
export function bestCheck<C extends { met: true | false | 'unknown' }>(checks: C[]): C {
  return checks.find((c) => c.met === true) ?? checks.find((c) => c.met === 'unknown') ?? checks[0];
}

export const UNKNOWN = 'unknown' as const;
export type Unknown = typeof UNKNOWN;

/** A JIS prefecture code '01'…'47', 'abroad', or 'unknown'. */
export type Place = string;

export interface Answers {
  /** One offence, or several that happened together (a robbery with injury: ['robbery', 'assault']). */
  offence: Offence | Unknown | readonly Offence[];
  harm: Harm | Unknown;
  residence: Place;
  incident: Place;
  policeReport: 'yes' | 'no' | Unknown;
}
