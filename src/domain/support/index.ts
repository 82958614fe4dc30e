/**
 * findSupport(schemes, answers, today): which nationwide schemes may apply to a visitor's answers.
 * Pure: no DOM, no Astro; the island, the pages and the tests call this one function.
 *
 * Every check is met (true), not met (false) or cannot be told from the answers ('unknown').
 * Any check not met → 'outside-criteria'; else any unknown → 'unclear'; else 'likely'.
 * An unknown answer never becomes a "no". A missed deadline still states its exception.
 * Unless the visitor says no doctor treats a crime-caused mental illness, the lack of a physical
 * injury is never a reason for 'outside-criteria'. Dates are compared by month against `today`.
 */
import type { Criterion, Deadline, Scheme, SchemeEntry } from '../../schemas/scheme';
import { isPublishable } from '../phone';
import { HARMS, NEAR_SEXUAL, OFFENCES, bestCheck, harmRank, perOffence, type Answers, type Harm, type OneOffence } from '../eligibility/taxonomy';
import { fill } from '../fill';
import type { SupportPhrases } from './phrases';

export type Relation = 'victim' | 'family' | 'bereaved';
export type AssetBand = 'under-200' | '200-to-300' | 'over-300';

export type SupportAnswers = Answers & {
  relation: Relation | 'unknown';
  /** 'YYYY-MM' or 'unknown'. */
  incidentMonth: string;
  hospitalDays: '3-plus' | 'under-3' | 'none' | 'unknown';
  /** yes = a doctor treats a crime-caused mental illness for a month or more, and it kept the person from work or daily life for 3+ days. */
  mentalCare: 'yes' | 'no' | 'unknown';
  disability: 'yes' | 'no' | 'unknown';
  /** 万円: cash, deposits, securities. */
  assets: AssetBand | 'unknown';
  prosecuted: 'yes' | 'no' | 'unknown';
  /** Traffic cases: is the other vehicle (or its driver) known? An unknown car is 政府保障事業's case. */
  vehicleKnown: 'yes' | 'no' | 'unknown';
  /** When a family member answers: is the victim a minor (under 18)? Its parents are then its 法定代理人. */
  victimMinor: 'yes' | 'no' | 'unknown';
  /** 'YYYY-MM' or 'unknown': when the death or the lasting disability came, where it came after the incident. */
  harmMonth: string;
  /** The bereaved themselves: Japanese nationality or an address in Japan at the time of the crime (犯給法第3条)? */
  bereavedInJapan: 'yes' | 'no' | 'unknown';
  /** The municipality the victim lived in (6-digit code), where the form asked: local 見舞金 depend on it. */
  municipality: string;
};

export const EMPTY_SUPPORT_ANSWERS: SupportAnswers = {
  offence: 'unknown',
  harm: 'unknown',
  residence: 'unknown',
  incident: 'unknown',
  policeReport: 'unknown',
  relation: 'unknown',
  incidentMonth: 'unknown',
  hospitalDays: 'unknown',
  mentalCare: 'unknown',
  disability: 'unknown',
  assets: 'unknown',
  prosecuted: 'unknown',
  vehicleKnown: 'unknown',
  victimMinor: 'unknown',
  harmMonth: 'unknown',
  bereavedInJapan: 'unknown',
  municipality: 'unknown',
};

export type Met = true | false | 'unknown';
export type Outcome = 'likely' | 'unclear' | 'outside-criteria';

export interface SupportCheck {
  criterion: Criterion['type'] | 'deadline';
  /** Why, in plain Japanese. */
  text: string;
  article: string;
  met: Met;
}

export interface SupportDeadline {
  lastMonth: string;
  text: string;
  article: string;
  passed: boolean;
  exception?: { text: string; article: string };
}

export interface SupportVerdict {
  id: string;
  name: string;
  /** The page with the scheme's rules and sources, for a local payment (national schemes: /support/<id>/). */
  href?: string;
  kind: Scheme['kind'];
  outcome: Outcome;
  checks: SupportCheck[];
  deadline?: SupportDeadline;
  /** Explained, never asked: exclusions, procedural steps, local differences. */
  conditions: { text: string; article: string }[];
  apply: {
    kind: Scheme['apply']['kind'];
    text: string;
    article: string;
    /** Only numbers that pass the publication rule. */
    phones: { number: string; label?: string; hours?: string }[];
    nationalLines: string[];
  };
}

/**
 * A content entry as published and as the engine reads it: id added, maintainer notes removed,
 * and only the numbers that pass the publication rule (src/domain/phone.ts).
 */
/** What the engine reads of a scheme: the self-check ships only this (texts for pages stay on /support/). */
export type FinderScheme = Pick<Scheme, 'id' | 'name' | 'kind' | 'criteria' | 'deadline' | 'conditions' | 'apply'>;

/** Where a local payment applies (its `area` criterion); undefined for a national scheme. */
export const areaOf = (scheme: FinderScheme) => scheme.criteria.find((c): c is Extract<Criterion, { type: 'area' }> => c.type === 'area');

/**
 * A scheme cut down to what the engine reads, with sources and conditions left to the scheme's own page
 * (/support/<id>/, which each result links to): the self-check's one data file stays small.
 */
export function finderScheme({ id, name, kind, criteria, deadline, apply }: Scheme): FinderScheme {
  const strip = <T extends { source?: string }>({ source: _source, ...rest }: T) => rest;
  return {
    id,
    name,
    kind,
    criteria: criteria.map((c) => (c.type === 'harm' ? { ...strip(c), routes: c.routes.map(strip) } : strip(c))) as Scheme['criteria'],
    ...(deadline ? { deadline: { ...deadline, limits: deadline.limits.map(strip), ...(deadline.exception ? { exception: strip(deadline.exception) } : {}) } } : {}),
    conditions: [],
    apply: strip(apply),
  };
}

export function publishScheme(id: string, { notes: _maintainerNotes, ...entry }: SchemeEntry): Scheme {
  return { id, ...entry, apply: { ...entry.apply, phones: entry.apply.phones.filter((phone, _, all) => isPublishable(phone, all)) } };
}

// ---------- months ----------

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM' → months since year 0, or undefined when not a month. */
export function monthIndex(month: string): number | undefined {
  const m = MONTH.exec(month);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : undefined;
}
const monthOf = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

// ---------- criteria ----------

const ASSET_ORDER: AssetBand[] = ['under-200', '200-to-300', 'over-300'];

/** The incident answer for a crime on a Japanese ship or aircraft outside Japan. */
export const JAPANESE_SHIP = 'japanese-ship-or-aircraft';

const check = (criterion: SupportCheck['criterion'], article: string, met: Met, text: string): SupportCheck => ({ criterion, article, met, text });

/** Combines several possibilities: any true wins, else any unknown, else false. */
const anyOf = (mets: Met[]): Met => (mets.includes(true) ? true : mets.includes('unknown') ? 'unknown' : false);

/** Words for one evaluation: the phrases of the visitor's language and helpers over them. */
function wordsOf(p: SupportPhrases) {
  return {
    p,
    month: (index: number) => fill(p.month, { year: String(Math.floor(index / 12)), name: p.monthNames[index % 12] }),
    cited: (c: { text: string; article: string }) => fill(p.cited, c),
    sentences: (...texts: string[]) => texts.filter(Boolean).join(p.sentenceSeparator),
  };
}
type Words = ReturnType<typeof wordsOf>;

function checkOffence(c: Extract<Criterion, { type: 'offence' }>, a: OneOffence<SupportAnswers>, { p }: Words): SupportCheck {
  if (a.offence === 'unknown') return check('offence', c.article, 'unknown', fill(p.offence.unknown, { c: c.text }));
  const label = p.offences[a.offence];
  if (c.covered.includes(a.offence)) return check('offence', c.article, true, fill(p.offence.met, { c: c.text, label }));
  if (c.unclear.includes(a.offence) || a.offence === 'other') {
    return check('offence', c.article, 'unknown', fill(p.offence.unclear, { c: c.text, label, why: c.unclearText ?? p.offence.unclearDefault }));
  }
  return check('offence', c.article, false, fill(p.offence.notMet, { c: c.text, label }));
}

function routeMet(route: Extract<Criterion, { type: 'harm' }>['routes'][number], a: OneOffence<SupportAnswers>): Met {
  const parts: Met[] = [];
  if (route.offences && a.offence !== 'unknown' && !route.offences.includes(a.offence)) {
    // 盗撮 and 痴漢 may be one of the sexual offences a route names, or not.
    if (!(NEAR_SEXUAL.includes(a.offence) && route.offences.includes('sexual'))) return false;
    parts.push('unknown');
  }
  if (route.offences && a.offence === 'unknown') parts.push('unknown');
  if (route.minHarm) {
    parts.push(route.minHarm === 'none' ? true : a.harm === 'unknown' ? 'unknown' : harmRank(a.harm) >= harmRank(route.minHarm));
  }
  if (route.hospitalDays3) parts.push(a.hospitalDays === '3-plus' ? true : a.hospitalDays === 'unknown' ? 'unknown' : false);
  if (route.mentalCare) parts.push(a.mentalCare === 'yes' ? true : a.mentalCare === 'unknown' ? 'unknown' : false);
  if (route.disability) parts.push(a.disability === 'yes' ? true : a.disability === 'unknown' ? 'unknown' : false);
  if (route.uncertain) parts.push('unknown');
  return parts.includes(false) ? false : parts.includes('unknown') ? 'unknown' : true;
}

function checkHarm(c: Extract<Criterion, { type: 'harm' }>, a: OneOffence<SupportAnswers>, { p }: Words): SupportCheck {
  const results = c.routes.map((route) => ({ route, met: routeMet(route, a) }));
  const met = anyOf(results.map((r) => r.met));
  const routes = results.filter((r) => r.met === met);
  const article = [...new Set(routes.map((r) => r.route.article))].join('、');
  const allArticles = [...new Set(c.routes.map((r) => r.article))].join('、');
  if (met === true) return check('harm', article, true, fill(p.harm.met, { c: c.text, route: routes[0].route.text }));
  const list = c.routes.map((r) => r.text).join(p.listSeparator);
  if (met === 'unknown') return check('harm', allArticles, 'unknown', fill(p.harm.unknown, { c: c.text, list }));
  // Not met by any route. Lacking a physical injury is never the reason for "outside" unless mental care is ruled out.
  if (a.mentalCare !== 'no') return check('harm', allArticles, 'unknown', fill(p.harm.mentalCare, { c: c.text, list }));
  if (a.harm === 'unknown') return check('harm', allArticles, false, fill(p.harm.notMet, { c: c.text, list }));
  return check('harm', allArticles, false, fill(p.harm.notMetAnswer, { c: c.text, list, harm: p.harms[a.harm as Harm] }));
}

function checkPlace(c: Extract<Criterion, { type: 'place' }>, a: SupportAnswers, { p }: Words): SupportCheck {
  if (a.incident === 'unknown') return check('place', c.article, 'unknown', fill(p.place.unknown, { c: c.text }));
  if (a.incident === 'abroad') return check('place', c.article, false, fill(p.place.abroad, { c: c.text, abroad: c.abroadText }));
  if (a.incident === JAPANESE_SHIP) return check('place', c.article, c.japaneseShips ? true : 'unknown', fill(c.japaneseShips ? p.place.met : p.place.unknown, { c: c.text }));
  return check('place', c.article, true, fill(p.place.met, { c: c.text }));
}

function checkNationality(c: Extract<Criterion, { type: 'nationality-or-residence' }>, a: SupportAnswers, { p }: Words): SupportCheck {
  if (a.residence === 'unknown' || a.residence === 'abroad') return check('nationality-or-residence', c.article, 'unknown', fill(p.nationality.unknown, { c: c.text }));
  return check('nationality-or-residence', c.article, true, fill(p.nationality.met, { c: c.text }));
}

function checkRelation(c: Extract<Criterion, { type: 'relation' }>, a: SupportAnswers, { p }: Words): SupportCheck {
  if (a.relation === 'unknown') return check('relation', c.article, 'unknown', fill(p.relation.unknown, { c: c.text }));
  const who = p.relations[a.relation];
  if (c.applicants.includes(a.relation)) return check('relation', c.article, true, fill(p.relation.met, { c: c.text, who }));
  // The parents of a minor victim act as its 法定代理人.
  if (a.relation === 'family' && c.minorText && a.victimMinor === 'yes') return check('relation', c.article, true, fill(p.relation.met, { c: c.text, who: c.minorText }));
  if (c.depends.includes(a.relation)) return check('relation', c.article, 'unknown', fill(p.relation.depends, { c: c.text, who, why: c.dependsText ?? p.relation.dependsDefault }));
  return check('relation', c.article, false, fill(p.relation.notMet, { c: c.text, who }));
}

function checkAssets(c: Extract<Criterion, { type: 'assets' }>, a: SupportAnswers, { p }: Words): SupportCheck {
  if (a.assets === 'unknown') return check('assets', c.article, 'unknown', fill(p.assets.unknown, { c: c.text }));
  const band = p.assetBands[a.assets];
  if (ASSET_ORDER.indexOf(a.assets) <= ASSET_ORDER.indexOf(c.maxBand)) return check('assets', c.article, true, fill(p.assets.met, { c: c.text, band }));
  const exception = c.exception ? fill(p.assets.exception, { text: c.exception.text, article: c.exception.article }) : '';
  // Over the limit with an exception the source states: not known, never "outside".
  return check('assets', c.exception ? `${c.article}、${c.exception.article}` : c.article, c.exception ? 'unknown' : false, fill(p.assets.over, { c: c.text, band, exception }));
}

function checkPrerequisite(c: Extract<Criterion, { type: 'prerequisite' }>, a: SupportAnswers, { p }: Words): SupportCheck | undefined {
  // A rule on the bereaved themselves does not apply to others.
  if (c.onlyFor && (a.relation === 'unknown' || !c.onlyFor.includes(a.relation))) return undefined;
  const answer = a[c.question];
  if (answer === 'unknown') return check('prerequisite', c.article, 'unknown', fill(p.prerequisite.unknown, { c: c.text }));
  if (answer === (c.metOn ?? 'yes')) return check('prerequisite', c.article, true, fill(p.prerequisite.met, { c: c.text }));
  return check('prerequisite', c.article, c.onNo === 'not-met' ? false : 'unknown', fill(p.prerequisite.no, { c: c.text, no: c.noText }));
}

function checkCoverageStart(c: Extract<Criterion, { type: 'coverage-start' }>, a: SupportAnswers, w: Words): SupportCheck {
  const { p } = w;
  const incident = monthIndex(a.incidentMonth);
  const start = monthIndex(c.from.slice(0, 7))!;
  const startsMidMonth = c.from.slice(8) !== '01';
  if (incident === undefined) return check('coverage-start', c.article, 'unknown', fill(p.coverage.unknown, { c: c.text }));
  const vars = { c: c.text, month: w.month(incident) };
  if (incident < start) return check('coverage-start', c.article, false, fill(p.coverage.before, vars));
  if (incident === start && startsMidMonth) return check('coverage-start', c.article, 'unknown', fill(p.coverage.midMonth, vars));
  return check('coverage-start', c.article, true, fill(p.coverage.met, vars));
}

function checkArea(c: Extract<Criterion, { type: 'area' }>, a: SupportAnswers, { p }: Words): SupportCheck {
  const vars = { place: c.text };
  if (a.residence === 'unknown') return check('area', c.article, 'unknown', fill(p.area.unknown, vars));
  if (a.residence !== c.prefecture) return check('area', c.article, false, fill(p.area.notMet, vars));
  if (!c.municipality || a.municipality === c.municipality) return check('area', c.article, true, fill(p.area.met, vars));
  return check('area', c.article, a.municipality === 'unknown' ? 'unknown' : false, fill(a.municipality === 'unknown' ? p.area.unknown : p.area.notMet, vars));
}

function checkCriterion(c: Criterion, a: OneOffence<SupportAnswers>, w: Words): SupportCheck | undefined {
  switch (c.type) {
    case 'offence':
      return checkOffence(c, a, w);
    case 'harm':
      return checkHarm(c, a, w);
    case 'place':
      return checkPlace(c, a, w);
    case 'nationality-or-residence':
      return checkNationality(c, a, w);
    case 'relation':
      return checkRelation(c, a, w);
    case 'assets':
      return checkAssets(c, a, w);
    case 'prerequisite':
      return checkPrerequisite(c, a, w);
    case 'unasked':
      return check('unasked', c.article, 'unknown', fill(w.p.unasked, { c: c.text }));
    case 'coverage-start':
      return checkCoverageStart(c, a, w);
    case 'area':
      return checkArea(c, a, w);
  }
}

// ---------- deadline ----------

function evaluateDeadline(d: Deadline, a: SupportAnswers, today: string, w: Words): { check: SupportCheck; deadline?: SupportDeadline } {
  const { p } = w;
  const rule = d.limits.map((l) => l.text).join(p.deadline.ruleSeparator);
  const article = [...new Set(d.limits.map((l) => l.article))].join('、');
  const exception = d.exception && { text: d.exception.text, article: d.exception.article };
  const exceptionText = exception ? w.cited(exception) : '';
  const incident = monthIndex(a.incidentMonth);
  const now = monthIndex(today.slice(0, 7));
  const action = d.action;
  if (incident === undefined || now === undefined) {
    return { check: check('deadline', article, 'unknown', w.sentences(fill(p.deadline.unknown, { action, rule }), exceptionText)) };
  }
  // A death or disability that came later moves the limits counted from it: from the month given, else only an earliest end.
  const later = a.harm === 'death' || a.disability === 'yes';
  const harmMonth = later ? monthIndex(a.harmMonth) : undefined;
  const base = Math.max(incident, harmMonth ?? incident);
  const ends = (from: 'incident' | 'known' | 'harm') => d.limits.filter((l) => l.from === from).map((l) => (from === 'incident' ? incident : base) + l.months);
  const hardEnds = [...ends('incident'), ...(later && harmMonth === undefined ? [] : ends('harm'))];
  const softEnds = [...ends('known'), ...(later && harmMonth === undefined ? ends('harm') : [])];
  const hard = hardEnds.length ? Math.min(...hardEnds) : undefined;
  const soft = softEnds.length ? Math.min(...softEnds) : undefined;
  const deadline = (lastMonth: number, passed: boolean, text: string): SupportDeadline => ({ lastMonth: monthOf(lastMonth), text, article, passed, ...(exception ? { exception } : {}) });

  if (hard !== undefined && now > hard) {
    const text = fill(p.deadline.passed, { action, month: w.month(hard) });
    return { check: check('deadline', article, false, w.sentences(fill(p.deadline.rule, { rule, text }), exceptionText)), deadline: deadline(hard, true, text) };
  }
  if (soft !== undefined && now > soft && (hard === undefined || soft < hard)) {
    const until = hard === undefined ? '' : fill(p.deadline.softUntil, { month: w.month(hard) });
    const text = w.sentences(fill(p.deadline.softPassed, { action, month: w.month(soft) }), until);
    return { check: check('deadline', article, 'unknown', w.sentences(fill(p.deadline.rule, { rule, text }), exceptionText)), deadline: deadline(hard ?? soft, false, text) };
  }
  const last = Math.min(...[hard, soft].filter((m): m is number => m !== undefined));
  const text = fill(p.deadline.until, { action, month: w.month(last), later: soft !== undefined && soft === last ? p.deadline.laterNote : '' });
  return { check: check('deadline', article, true, fill(p.deadline.rule, { rule, text })), deadline: deadline(last, false, text) };
}

// ---------- verdicts ----------

export function outcomeOf(checks: readonly { met: Met }[]): Outcome {
  return checks.some((c) => c.met === false) ? 'outside-criteria' : checks.some((c) => c.met === 'unknown') ? 'unclear' : 'likely';
}

export function evaluateScheme(scheme: FinderScheme, answers: SupportAnswers, today: string, phrases: SupportPhrases): SupportVerdict {
  const words = wordsOf(phrases);
  // Several offences together: a criterion is met when any of them meets it.
  const singles = perOffence(answers);
  const checks = scheme.criteria.flatMap((c) => {
    const results = singles.map((a) => checkCriterion(c, a, words)).filter((r): r is SupportCheck => r !== undefined);
    return results.length > 0 ? [bestCheck(results)] : [];
  });
  let deadline: SupportDeadline | undefined;
  if (scheme.deadline) {
    const result = evaluateDeadline(scheme.deadline, answers, today, words);
    checks.push(result.check);
    deadline = result.deadline;
  }
  return {
    id: scheme.id,
    name: scheme.name,
    kind: scheme.kind,
    outcome: outcomeOf(checks),
    checks,
    ...(deadline ? { deadline } : {}),
    conditions: scheme.conditions.map(({ text, article }) => ({ text, article })),
    apply: {
      kind: scheme.apply.kind,
      text: scheme.apply.text,
      article: scheme.apply.article,
      phones: scheme.apply.phones.filter((phone, _, all) => isPublishable(phone, all)).map(({ number, label, hours }) => ({ number, ...(label ? { label } : {}), ...(hours ? { hours } : {}) })),
      nationalLines: [...scheme.apply.nationalLines],
    },
  };
}

/**
 * One verdict per scheme, in the order given. Deterministic: `today` (ISO date) is the only clock.
 * The reasons are in the language of `phrases` (and of the schemes' texts: see src/i18n/localise.ts).
 */
export function findSupport(schemes: readonly FinderScheme[], answers: SupportAnswers, today: string, phrases: SupportPhrases): SupportVerdict[] {
  return schemes.map((scheme) => evaluateScheme(scheme, answers, today, phrases));
}

// ---------- questions ----------

/** Every value a question can take; places and months by representative values. */
function candidateValues(key: keyof SupportAnswers, schemes: readonly FinderScheme[], today: string | undefined): string[] {
  switch (key) {
    case 'offence':
      return [...OFFENCES, 'unknown'];
    case 'harm':
      return [...HARMS, 'unknown'];
    case 'residence':
    case 'incident':
      return ['13', 'abroad', 'unknown'];
    case 'policeReport':
    case 'mentalCare':
    case 'disability':
    case 'prosecuted':
    case 'vehicleKnown':
    case 'victimMinor':
    case 'bereavedInJapan':
      return ['yes', 'no', 'unknown'];
    case 'relation':
      return ['victim', 'family', 'bereaved', 'unknown'];
    case 'hospitalDays':
      return ['3-plus', 'under-3', 'none', 'unknown'];
    case 'assets':
      return [...ASSET_ORDER, 'unknown'];
    case 'municipality':
      // Asked by the form where the site has local payments or windows, not through questionsNeeded.
      return ['unknown'];
    case 'harmMonth':
    case 'incidentMonth': {
      const now = today === undefined ? undefined : monthIndex(today.slice(0, 7));
      const months = new Set<number>();
      for (const s of schemes) {
        for (const c of s.criteria) {
          if (c.type === 'coverage-start') {
            const start = monthIndex(c.from.slice(0, 7))!;
            [start - 1, start, start + 1].forEach((m) => months.add(m));
          }
        }
        if (now !== undefined) for (const l of s.deadline?.limits ?? []) [now - l.months - 1, now - l.months].forEach((m) => months.add(m));
      }
      if (now !== undefined) months.add(now);
      return [...[...months].map(monthOf), 'unknown'];
    }
  }
}

const QUESTION_KEYS: (keyof SupportAnswers)[] = [
  'offence',
  'harm',
  'relation',
  'victimMinor',
  'bereavedInJapan',
  'residence',
  'incident',
  'incidentMonth',
  'harmMonth',
  'policeReport',
  'hospitalDays',
  'mentalCare',
  'disability',
  'prosecuted',
  'vehicleKnown',
  'assets',
];

/**
 * The questions whose answer can still change some scheme's result, given the other answers:
 * a question is needed when, for some scheme not already outside its criteria whatever the answer,
 * two of its possible answers give a different outcome or meet a check differently (another
 * unknown answer may be what still hides the difference in outcome). Answered questions that
 * still matter are included, so a form can keep them on screen.
 * Without `today`, months are tried around each coverage start only; deadlines need `today`.
 */
export function questionsNeeded(schemes: readonly FinderScheme[], answers: SupportAnswers, today: string | undefined, phrases: SupportPhrases): (keyof SupportAnswers)[] {
  // Without a clock no deadline can have passed: months then matter only through coverage starts and unknown deadlines.
  const clock = today ?? '0001-01-01';
  return QUESTION_KEYS.filter((key) => {
    const values = candidateValues(key, schemes, today);
    return schemes.some((scheme) => {
      const verdicts = values.map((value) => evaluateScheme(scheme, { ...answers, [key]: value } as SupportAnswers, clock, phrases));
      // A check that fails whatever the answer keeps the scheme outside: this question cannot help.
      const blocked = verdicts[0].checks.some((_c, i) => verdicts.every((v) => v.checks[i].met === false));
      if (blocked) return false;
      const first = verdicts[0];
      return verdicts.some((v) => v.outcome !== first.outcome || v.checks.some((c, i) => c.met !== first.checks[i].met));
    });
  });
}
