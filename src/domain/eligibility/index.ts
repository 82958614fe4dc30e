/**
 * evaluate(rules, answers): how a prefecture's 要綱 applies to a visitor's answers.
 * Pure: no DOM, no Astro. The island, the pages and the tests all call this one function.
 *
 * Every check is met (true), not met (false) or cannot be told from the answers ('unknown').
 * Any check not met → 'outside-criteria'; else any unknown → 'unclear'; else 'likely'.
 * A result outside the criteria still carries the discretion clause: the parties can make exceptions.
 */
import type { EligibilityRules } from '../../schemas/eligibility';
import { fill } from '../fill';
import { ELIGIBILITY_PHRASES_JA, type EligibilityPhrases } from './phrases';
import { NEAR_SEXUAL, bestCheck, harmRank, offenceFamily, perOffence, type Answers, type Harm, type OneOffence } from './taxonomy';

export * from './taxonomy';
export { ELIGIBILITY_PHRASES_JA, type EligibilityPhrases } from './phrases';

/** The published rules of one prefecture: exactly the file dist/data/eligibility/<code>.json. */
export type Rules =
  | ({
      status: 'rules';
      code: string;
      name: string;
      instrument: { title: string; effective: string; url: string };
    } & EligibilityRules)
  | { status: 'no-data'; code: string; name: string; note: string };

export type Met = true | false | 'unknown';

export interface Check {
  rule: 'offence' | 'place' | 'objective-confirmation';
  article: string;
  met: Met;
  reason: string;
}

export interface Verdict {
  code: string;
  name: string;
  outcome: 'likely' | 'unclear' | 'outside-criteria' | 'no-data';
  checks: Check[];
  conditions: { text: string; article: string }[];
  exclusions: { text: string; article: string }[];
  discretion?: { text: string; article: string };
}

type CriteriaRules = Extract<Rules, { status: 'rules' }>;

function checkOffence(rules: CriteriaRules, answers: OneOffence<Answers>, p: EligibilityPhrases): Check {
  const { offence, harm } = answers;
  if (offence === 'unknown') return { rule: 'offence', article: rules.offencesArticle, met: 'unknown', reason: p.offence.unknown };
  if (offence === 'other') {
    const { otherOffences } = rules;
    return { rule: 'offence', article: otherOffences.article, met: 'unknown', reason: fill(p.offence.other, { other: otherOffences.text }) };
  }
  const family = offenceFamily(offence);
  const candidates = rules.offences.filter((rule) => rule.offences.some((o) => family.includes(o)));
  const sexualRule = NEAR_SEXUAL.includes(offence) && rules.offences.find((rule) => rule.offences.includes('sexual'));
  if (candidates.length === 0 && sexualRule) {
    return { rule: 'offence', article: sexualRule.article, met: 'unknown', reason: fill(p.offence.nearSexual, { label: p.offences[offence], rule: sexualRule.text }) };
  }
  if (candidates.length === 0) {
    return { rule: 'offence', article: rules.offencesArticle, met: false, reason: fill(p.offence.notListed, { label: p.offences[offence] }) };
  }
  const results = candidates.map((rule) => ({ rule, met: harmMeets(harm, rule.minHarm) }));
  const pick = results.find((r) => r.met === true) ?? results.find((r) => r.met === 'unknown') ?? results[0];
  const { rule } = pick;
  const condition = fill(p.offence.condition, { rule: rule.text, min: p.minHarm[rule.minHarm] });
  const detail =
    pick.met === true
      ? harm === 'unknown' || rule.minHarm === 'none' ? '' : fill(p.offence.metHarm, { harm: p.harms[harm] })
      : pick.met === 'unknown'
        ? p.offence.unknownHarm
        : fill(p.offence.below, { harm: p.harms[harm as Harm] });
  return { rule: 'offence', article: rule.article, met: pick.met, reason: [condition, detail].filter(Boolean).join(p.sentenceSeparator) };
}

function harmMeets(harm: Answers['harm'], minHarm: Harm): Met {
  if (minHarm === 'none') return true;
  if (harm === 'unknown') return 'unknown';
  return harmRank(harm) >= harmRank(minHarm);
}

type Concrete = 'in' | 'domestic' | 'abroad';

/** The concrete places an answer may stand for, relative to the prefecture being evaluated. */
function possiblePlaces(answer: string, code: string): Concrete[] {
  if (answer === 'unknown') return ['in', 'domestic', 'abroad'];
  // A Japanese ship or aircraft outside Japan is outside every prefecture.
  if (answer === 'abroad' || answer === 'japanese-ship-or-aircraft') return ['abroad'];
  return [answer === code ? 'in' : 'domestic'];
}

function checkPlace(rules: CriteriaRules, answers: Answers, p: EligibilityPhrases): Check {
  const { combinations, abroad } = rules.place;
  const matches = (where: 'in' | 'elsewhere' | 'any', place: Concrete) =>
    where === 'any' || (where === 'in' ? place === 'in' : place !== 'in');
  /** One concrete case: does any combination cover it, and is an act abroad allowed? */
  const outcome = (residence: Concrete, incident: Concrete): { met: Met; article: string; text?: string } => {
    const combo = combinations.find((c) => matches(c.residence, residence) && matches(c.incident, incident));
    if (!combo) return { met: false, article: combinations.map((c) => c.article).join('、') };
    if (incident !== 'abroad') return { met: true, article: combo.article, text: combo.text };
    if (abroad.counts === 'unspecified') return { met: 'unknown', article: combo.article, text: combo.text };
    return { met: abroad.counts, article: `${combo.article}、${abroad.article}`, text: combo.text };
  };
  const cases = possiblePlaces(answers.residence, rules.code).flatMap((r) =>
    possiblePlaces(answers.incident, rules.code).map((i) => outcome(r, i)),
  );
  const allowed = combinations.map((c) => c.text).join(p.or);
  if (cases.every((c) => c.met === true)) {
    const texts = [...new Set(cases.map((c) => c.text))];
    const articles = [...new Set(cases.map((c) => c.article))].join('、');
    return { rule: 'place', article: articles, met: true, reason: fill(p.place.met, { texts: texts.join(p.or) }) };
  }
  if (cases.every((c) => c.met === false)) {
    return { rule: 'place', article: cases[0].article, met: false, reason: fill(p.place.notMet, { allowed }) };
  }
  const abroadUnclear = answers.incident === 'abroad' && abroad.counts === 'unspecified';
  return {
    rule: 'place',
    article: combinations.map((c) => c.article).join('、'),
    met: 'unknown',
    reason: fill(abroadUnclear ? p.place.abroadUnclear : p.place.unknown, { allowed }),
  };
}

function checkObjectiveConfirmation(rule: NonNullable<CriteriaRules['objectiveConfirmation']>, answers: Answers, p: EligibilityPhrases): Check {
  const met = answers.policeReport === 'yes' ? true : 'unknown';
  const template = answers.policeReport === 'yes' ? p.confirmation.met : answers.policeReport === 'no' ? p.confirmation.no : p.confirmation.unknown;
  return { rule: 'objective-confirmation', article: rule.article, met, reason: fill(template, { c: rule.text }) };
}

/** The reasons are in the language of `phrases` (and of the rules' texts: see src/i18n/localise.ts). */
export function evaluate(rules: Rules, answers: Answers, phrases: EligibilityPhrases): Verdict {
  if (rules.status === 'no-data') {
    return { code: rules.code, name: rules.name, outcome: 'no-data', checks: [], conditions: [], exclusions: [] };
  }
  // Several offences together: the offence rule is met when any of them meets it.
  const checks = [bestCheck(perOffence(answers).map((a) => checkOffence(rules, a, phrases))), checkPlace(rules, answers, phrases)];
  if (rules.objectiveConfirmation) checks.push(checkObjectiveConfirmation(rules.objectiveConfirmation, answers, phrases));
  const outcome = checks.some((c) => c.met === false)
    ? 'outside-criteria'
    : checks.some((c) => c.met === 'unknown')
      ? 'unclear'
      : 'likely';
  return {
    code: rules.code,
    name: rules.name,
    outcome,
    checks,
    conditions: rules.conditions,
    exclusions: rules.exclusions,
    discretion: rules.discretion,
  };
}

/** The rules of one prefecture as published, from its content entry (or the lack of one). */
export function publishedRules(
  prefecture: { code: string; name: string },
  entry?: { eligibility?: EligibilityRules; instrument?: { title: string; effective: string; source: { url: string } } },
): Rules {
  if (!entry?.eligibility || !entry.instrument) {
    return {
      status: 'no-data',
      code: prefecture.code,
      name: prefecture.name,
      note: ELIGIBILITY_PHRASES_JA.noData,
    };
  }
  const { title, effective, source } = entry.instrument;
  return { status: 'rules', code: prefecture.code, name: prefecture.name, instrument: { title, effective, url: source.url }, ...entry.eligibility };
}
