/**
 * The words of the self-check and support finder, in one language. Plain data (no functions): the
 * page passes them to the island as a prop, so the island's code carries no language at all.
 * Templates use {placeholders} (src/domain/fill.ts).
 */
import type { EligibilityPhrases } from '../domain/eligibility/phrases';
import type { SupportPhrases } from '../domain/support/phrases';
import type { CallReason } from '../domain/plan';
import type { ContactRole } from '../domain/labels';
import type { HoursDictionary } from './hours-words';

type Options<K extends string> = Record<K, string>;

export interface CheckWords {
  /** 「わからない・答えたくない」: offered by every question. */
  unknown: string;
  questions: {
    offence: string;
    /** Under the offence question: more than one may be chosen. */
    offenceHint: string;
    harm: string;
    residence: string;
    incident: string;
    policeReport: { legend: string; options: Options<'yes' | 'no'> };
    municipality: { label: string; hint: string; other: string };
    abroad: string;
    relation: { legend: string; why: string; options: Options<'victim' | 'family' | 'bereaved'> };
    incidentMonth: { legend: string; hint: string; why: string; year: string; month: string };
    hospitalDays: { legend: string; why: string; options: Options<'3-plus' | 'under-3' | 'none'> };
    mentalCare: { legend: string; why: string; options: Options<'yes' | 'no'> };
    disability: { legend: string; why: string; options: Options<'yes' | 'no'> };
    assets: { legend: string; why: string; options: Options<'under-200' | '200-to-300' | 'over-300'> };
    prosecuted: { legend: string; why: string; options: Options<'yes' | 'no'> };
    vehicleKnown: { legend: string; why: string; options: Options<'yes' | 'no'> };
    victimMinor: { legend: string; why: string; options: Options<'yes' | 'no'> };
    bereavedInJapan: { legend: string; why: string; options: Options<'yes' | 'no'> };
    /** When the death or disability came (the year and month labels are incidentMonth's). */
    harmMonth: { legend: string; why: string };
    /** The incident place for a crime on a Japanese ship or aircraft abroad. */
    japaneseShip: string;
  };
  submit: string;
  reset: string;
  results: { heading: string; disclaimer: string; loading: string; failed: string; criteriaLink: string; noPrefecture: string };
  met: Options<'true' | 'false' | 'unknown'>;
  /** The prefecture's one-stop service ({name}: the prefecture). */
  oneStop: {
    title: string;
    outcomes: Options<'likely' | 'unclear' | 'outside-criteria' | 'no-data'>;
    checks: string;
    conditions: string;
    exclusions: string;
    exclusionsNote: string;
    contacts: string;
    /** How the service starts ({name}; the coordinator clause follows, from content). */
    route: string;
    hours: string;
    old: string;
    more: string;
  };
  schemes: {
    heading: string;
    intro: string;
    outcomes: Options<'likely' | 'unclear' | 'outside-criteria'>;
    /** The outcome in two or three words, beside a scheme's name. */
    short: Options<'likely' | 'unclear'>;
    passed: string;
    exception: string;
    checks: string;
    conditions: string;
    apply: string;
    police: string;
    policeUnknown: string;
    phone: string;
    more: string;
  };
  benefits: { heading: string; deadline: string; more: string; yen: string };
  /** The plan above the details: lines that fit, what is urgent, the schemes in order (src/domain/plan). */
  plan: {
    calls: string;
    callsIntro: string;
    why: Record<CallReason, string>;
    urgent: string;
    sources: string;
    /** A deadline ending soon: {name} of the scheme, {text} of the deadline. */
    deadline: string;
    /** An unclear scheme: what would settle it ({question}: the question's words). */
    settleQuestion: string;
    settleCall: string;
    /** The closed group of schemes judged not to apply ({n}). */
    outside: string;
    print: string;
    /** The plan's first lines: the line to call first, and the scheme that matters most. */
    firstCall: string;
    firstScheme: string;
  };
  hours: HoursDictionary;
  support: SupportPhrases;
  eligibility: EligibilityPhrases;
}

/**
 * What the page passes to the island (its props are in the page's HTML): the words without what the island
 * does not use (the 見舞金 words are the build's, the hours' sentences the pages') and without the 要綱 check's
 * copy of the offence and harm labels, which are the finder's (the island puts them back: islandEligibility).
 */
export type IslandWords = Omit<CheckWords, 'benefits' | 'eligibility' | 'hours'> & {
  eligibility: Omit<EligibilityPhrases, 'offences' | 'harms'>;
  /** What each kind of body is (the dictionary's roles), said beside a Japanese name on a page in another language. */
  roles: Record<ContactRole, string>;
  /** Only the "answers now" marks: each line's hours in full are on its organisation's page. */
  hours: Pick<HoursDictionary, 'now'>;
};

export function islandWords({ benefits: _benefits, eligibility: { offences: _offences, harms: _harms, ...eligibility }, hours, ...words }: CheckWords, roles: Record<ContactRole, { label: string }>): IslandWords {
  return { ...words, eligibility, hours: { now: hours.now }, roles: Object.fromEntries(Object.entries(roles).map(([key, role]) => [key, role.label])) as Record<ContactRole, string> };
}

export const islandEligibility = (words: IslandWords): EligibilityPhrases => ({ ...words.eligibility, offences: words.support.offences, harms: words.support.harms });
