/**
 * The words of the self-check and support finder, in one language. Plain data (no functions): the
 * page passes them to the island as a prop, so the island's code carries no language at all.
 * Templates use {placeholders} (src/domain/fill.ts).
 */
import type { EligibilityPhrases } from '../domain/eligibility/phrases';
import type { SupportPhrases } from '../domain/support/phrases';
import type { ContactRole } from '../domain/labels';

type Options<K extends string> = Record<K, string>;

export interface CheckWords {
  /** 「わからない・答えたくない」: offered by every question. */
  unknown: string;
  questions: {
    offence: string;
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
    roles: Options<ContactRole>;
    hours: string;
    old: string;
    sexual: string;
    police: string;
    danger: string;
    more: string;
  };
  schemes: {
    heading: string;
    intro: string;
    outcomes: Options<'likely' | 'unclear' | 'outside-criteria'>;
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
  support: SupportPhrases;
  eligibility: EligibilityPhrases;
}
