/**
 * makePlan(bundle, answers, now): what a visitor should do next, in order. Pure like findSupport: the
 * island, the tests and anything else call this one function with the language's bundle.
 *
 * - calls: the lines that fit this situation (never a line meant for another: a juvenile line for an
 *   adult, a sexual-crime line after a stabbing), best first, every line known to be closed now after the rest;
 * - urgent: time-critical facts, each sourced (emergency contraception after a sexual assault; a
 *   deadline ending within six months);
 * - schemes: every scheme in display order: likely (nearest deadline first), unclear (fewest open
 *   checks first, each with the one question or call that would settle it), then outside-criteria.
 *
 * `now` is an ISO date-time with offset; every date and every "open now" is Japan time.
 */
import { areaOf, findSupport, monthIndex, type FinderScheme, type Outcome, type SupportAnswers, type SupportCheck, type SupportVerdict } from '../support';
import type { SupportPhrases } from '../support/phrases';
import { japanTime } from '../hours/open';
import { lineOpenNow } from '../hours/status';
import type { HolidayTable } from '../hours/holidays';
import type { ContactRole } from '../labels';
import type { AfterHours, Phone } from '../../schemas/common';
import { offenceFamily, offencesOf } from '../eligibility/taxonomy';

/** A line as the bundle carries it: numbers that pass the publication rule only. */
export interface BundleLine {
  number: string;
  /** The organisation's name: a Japanese name stays Japanese on every page (it is what a caller says). */
  organisation: string;
  /** On pages in languages other than Japanese and やさしい日本語 (which has ルビ in the name), its reading in romaji. */
  reading?: string;
  /** The name is Japanese on a page in another language (marked as a name, lang="ja"). */
  jaName?: true;
  label?: string;
  /** The hours as data (src/domain/hours/spec.ts); absent or "unknown" when not known. */
  open?: string;
  afterHours?: AfterHours;
  /** Only for this kind of situation. */
  serves?: Phone['serves'];
  /** The year of the newest source, when every dated source is more than five years old. */
  since?: string;
}

/** What makePlan reads of the check bundle (src/islands/check-bundle.ts). */
export interface PlanBundle {
  lang: string;
  /** The page's language as the language lines list theirs ('English', 'Chinese', 'Vietnamese'); none for Japanese. */
  speaks?: string;
  holidays: HolidayTable;
  schemes: FinderScheme[];
  /** Each prefecture's lines, and its page (without a language prefix) where it has one. */
  contacts: { code: string; href?: string; lines: (BundleLine & { roleKey: ContactRole })[] }[];
  /** National lines by id (content/national/lines.yaml). */
  lines: (BundleLine & { id: string })[];
  /** Lines that speak other languages; `languages` as their sources list them, in English. */
  languageLines: (BundleLine & { languages: string[] })[];
  /** Municipal windows with a published number, by 6-digit code. */
  windows: (BundleLine & { lgCode: string })[];
  /** Sourced facts the plan states, by id. */
  facts: { id: string; text: string; sources: { url: string; title?: string }[] }[];
}

export type PlanAnswers = SupportAnswers;

export type CallReason = 'language' | 'sexual-violence' | 'sexual-violence-police' | 'victim-support' | 'victim-support-backup' | 'police' | 'legal' | 'municipality' | 'prefecture-window' | 'danger';

export interface PlanCall extends Omit<BundleLine, 'serves'> {
  /** A prefecture's line: what kind of body answers it (the island says it in the visitor's language). */
  role?: ContactRole;
  /** Why this line fits: the island words it in the visitor's language. */
  why: CallReason;
  /** true / false, or undefined when the hours are not known. */
  openNow: boolean | undefined;
}

export type PlanUrgent =
  | { kind: 'fact'; id: string; text: string; sources: { url: string; title?: string }[] }
  | { kind: 'deadline'; scheme: string; name: string; lastMonth: string; text: string; article: string };

/** What would settle an unclear scheme: a question of the form, or a call to where it is applied for. */
export type Settle = { question: keyof SupportAnswers } | { call: true };

export interface PlanScheme {
  id: string;
  outcome: Outcome;
  verdict: SupportVerdict;
  settle?: Settle;
}

export interface Plan {
  calls: PlanCall[];
  urgent: PlanUrgent[];
  schemes: PlanScheme[];
}

/** Deadlines ending within this many months are urgent. */
const URGENT_MONTHS = 6;

/** The prefecture whose lines fit: where the visitor lives, else where it happened. */
function prefectureOf(a: SupportAnswers): string | undefined {
  return [a.residence, a.incident].find((c) => /^\d{2}$/.test(c));
}

function callsFor(bundle: PlanBundle, a: PlanAnswers, at: string): PlanCall[] {
  const offences = offencesOf(a);
  const sexual = offences.includes('sexual');
  const traffic = offences.some((o) => offenceFamily(o).includes('traffic'));
  const serious = a.harm === 'death' || a.harm === 'injury-1m-to-3m' || a.harm === 'injury-3m-plus' || a.relation === 'bereaved';
  const code = prefectureOf(a);
  const local = bundle.contacts.find((c) => c.code === code)?.lines ?? [];
  const national = (id: string) => bundle.lines.filter((l) => l.id === id);
  // A line for one kind of situation fits only that situation; a juvenile line is never offered (the form does not ask for a minor yet).
  const fits = (l: BundleLine) => l.serves === undefined || (l.serves === 'sexual-violence' && sexual);
  const ofRole = (role: ContactRole) => local.filter((l) => l.roleKey === role && fits(l));

  const groups: [CallReason, BundleLine[]][] = [];
  if (bundle.lang !== 'ja') {
    // A page in a language the lines list (English, Chinese …): the lines that speak it; やさしい日本語: every line that speaks other languages.
    groups.push(['language', bundle.languageLines.filter((l) => l.languages.length > 0 && (!bundle.speaks || l.languages.includes(bundle.speaks)))]);
  }
  if (sexual || offences.length === 0) {
    groups.push(['sexual-violence', [...(sexual ? ofRole('sv-centre') : []), ...national('onestop-8891')]]);
  }
  if (sexual) groups.push(['sexual-violence-police', [...national('police-8103'), ...local.filter((l) => l.roleKey === 'police' && l.serves === 'sexual-violence')]]);
  const police: [CallReason, BundleLine[]] = ['police', [...ofRole('police').filter((l) => l.serves === undefined), ...national('police-9110')]];
  if (traffic) groups.push(police);
  const centre = ofRole('support-centre').filter((l) => l.serves === undefined);
  if (!sexual || serious || centre.length > 0) groups.push(centre.length > 0 ? ['victim-support', centre] : ['victim-support-backup', national('victim-support-backup')]);
  if (!traffic) groups.push(police);
  if (traffic || serious) groups.push(['legal', national('houterasu-support')]);
  const window = bundle.windows.filter((w) => w.lgCode === a.municipality);
  groups.push(['municipality', window]);
  groups.push(['prefecture-window', ofRole('prefecture-window')]);
  groups.push(['danger', national('emergency')]);

  const seen = new Set<string>();
  const calls: PlanCall[] = [];
  for (const [why, lines] of groups) {
    for (const line of lines) {
      if (seen.has(line.number)) continue;
      seen.add(line.number);
      const { number, organisation, reading, jaName, label, open, afterHours, since } = line;
      const role = 'roleKey' in line ? (line as { roleKey: ContactRole }).roleKey : undefined;
      const given = Object.entries({ reading, jaName, label, open, afterHours, since, role }).filter(([, v]) => v !== undefined);
      calls.push({ number, organisation, why, openNow: isOpen(line, at, bundle.holidays), ...Object.fromEntries(given) });
    }
  }
  // A line known to be closed now goes after the others; otherwise the order above (a line whose hours are not known keeps its place).
  const rank = (c: PlanCall) => (c.openNow === false ? 1 : 0);
  return calls.map((c, i) => ({ c, i })).sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i).map(({ c }) => c);
}

function isOpen(line: BundleLine, at: string, holidays: HolidayTable): boolean | undefined {
  const { state } = lineOpenNow(line.open, line.afterHours, at, holidays);
  return state === 'unknown' ? undefined : state === 'yes';
}

/** The question that would settle a scheme: the first check not known, as a question of the form; a call when no question can. */
function settleOf(verdict: SupportVerdict, a: SupportAnswers): Settle {
  const open = verdict.checks.find((c) => c.met === 'unknown');
  const question = open && questionOf(open, a);
  return question && a[question] === 'unknown' ? { question } : { call: true };
}

function questionOf(check: SupportCheck, a: SupportAnswers): keyof SupportAnswers | undefined {
  switch (check.criterion) {
    case 'offence':
      return 'offence';
    case 'harm':
      return a.harm === 'unknown' ? 'harm' : a.hospitalDays === 'unknown' ? 'hospitalDays' : a.mentalCare === 'unknown' ? 'mentalCare' : 'disability';
    case 'place':
      return 'incident';
    case 'nationality-or-residence':
      return 'residence';
    case 'relation':
      return a.relation === 'unknown' ? 'relation' : 'victimMinor';
    case 'assets':
      return 'assets';
    case 'coverage-start':
      return 'incidentMonth';
    case 'deadline':
      return a.incidentMonth === 'unknown' ? 'incidentMonth' : 'harmMonth';
    case 'prerequisite':
      return (['policeReport', 'prosecuted', 'vehicleKnown', 'bereavedInJapan'] as const).find((q) => a[q] === 'unknown');
    case 'unasked':
      return undefined;
  }
}

const ORDER: Outcome[] = ['likely', 'unclear', 'outside-criteria'];

export function makePlan(bundle: PlanBundle, answers: PlanAnswers, now: string, phrases: SupportPhrases): Plan {
  const today = japanTime(now).date;
  // Local payments (見舞金) of the prefecture the visitor lives in, beside the national schemes; others' are not theirs to consider.
  const schemesFor = bundle.schemes.filter((s) => (areaOf(s)?.prefecture ?? answers.residence) === answers.residence);
  // A local payment's rules and sources are on its municipality's page, under the prefecture's (a prefecture's own: on its page).
  const prefecturePage = bundle.contacts.find((c) => c.code === answers.residence)?.href;
  const verdicts = findSupport(schemesFor, answers, today, phrases).map((v, i) => {
    const area = areaOf(schemesFor[i]);
    return area && prefecturePage ? { ...v, href: area.municipality ? `${prefecturePage}${area.municipality}/` : `${prefecturePage}#benefits-heading` } : v;
  });
  const byDeadline = (v: SupportVerdict) => (v.deadline && !v.deadline.passed ? v.deadline.lastMonth : '9999-99');
  // An unclear scheme with fewer checks still open is nearer to applying.
  const openChecks = (v: SupportVerdict) => v.checks.filter((c) => c.met === 'unknown').length;
  const order = (outcome: Outcome) => (x: SupportVerdict, y: SupportVerdict) =>
    outcome === 'likely' ? byDeadline(x).localeCompare(byDeadline(y)) : outcome === 'unclear' ? openChecks(x) - openChecks(y) : 0;
  const schemes: PlanScheme[] = ORDER.flatMap((outcome) =>
    verdicts
      .filter((v) => v.outcome === outcome)
      .map((v, i) => ({ v, i }))
      .sort((x, y) => order(outcome)(x.v, y.v) || x.i - y.i)
      .map(({ v }) => ({ id: v.id, outcome, verdict: v, ...(outcome === 'unclear' ? { settle: settleOf(v, answers) } : {}) })),
  );

  const urgent: PlanUrgent[] = [];
  const fact = (id: string) => bundle.facts.find((f) => f.id === id);
  const month = monthIndex(answers.incidentMonth);
  const current = monthIndex(today.slice(0, 7))!;
  // Emergency contraception works within about 72 hours: say so unless the assault is known to be older than last month.
  if (offencesOf(answers).includes('sexual') && (month === undefined || current - month <= 1)) {
    for (const id of ['emergency-contraception', 'onestop-care']) {
      const f = fact(id);
      if (f) urgent.push({ kind: 'fact', ...f });
    }
  }
  for (const { verdict: v, outcome } of schemes) {
    if (outcome === 'outside-criteria' || !v.deadline || v.deadline.passed) continue;
    const last = monthIndex(v.deadline.lastMonth)!;
    if (last - current <= URGENT_MONTHS) urgent.push({ kind: 'deadline', scheme: v.id, name: v.name, lastMonth: v.deadline.lastMonth, text: v.deadline.text, article: v.deadline.article });
  }
  return { calls: callsFor(bundle, answers, now), urgent, schemes };
}
