/**
 * Every interface string of the visitor's path, one typed dictionary per language: a dictionary that
 * lacks a key fails the type check (astro check) and the unit test. Strings may carry ルビ as
 * {漢字|かんじ} (src/i18n/ruby.ts). Facts (names, numbers, hours, rules) never live here: they come
 * from content/ in every language.
 */
import type { ContactRole } from '../domain/labels';
import type { Prefecture, Region } from '../domain/prefectures';
import type { Municipality } from '../schemas/municipality';
import type { CheckWords } from './check-words';

/** Strings of the components every page shares (header, quick exit, footer, numbers, sources). */
export interface UiStrings {
  siteName: string;
  siteDescription: string;
  skipLink: string;
  quickExit: { button: string; hint: string; left: (n: number) => string; leaving: string; reset: string };
  nav: { label: string; menu: string; prefectures: string; check: string; safety: string };
  languageSwitch: { label: string };
  footer: { linesHeading: string; note: string; safety: string; /** A link to the top page's list, where each national number's sources are. */ sources: string };
  sources: { label: string; checked: (date: string) => string; pageDate: (date: string) => string };
  /** `serves`: what a line is for, where its own label is not translated. */
  phone: { old: (year: string) => string; conflict: (others: string) => string; serves: Record<'sexual-violence' | 'children', string> };
  staleNotice: (date: string) => string;
  report: { link: string; hint: string };
  roles: Record<ContactRole, { label: string; fallback: string }>;
  regions: Record<Region, string>;
  unknownNumber: string;
  /** The self-check island's words (plain data: the page passes them to the island). */
  check: CheckWords;
  search: SearchWords;
}

/** Search, in the header box and on the search page. Templates: {total}, {shown}. */
export interface SearchWords {
  label: string;
  button: string;
  results: string;
  more: string;
  filterLink: string;
  /** The live status while a search runs, and after it (`shown` follows `found` directly: start it with a space where the language needs one). */
  status: { searching: string; none: string; found: string; shown: string };
  /** The page kinds as the index files them (Japanese values), in this language. */
  kinds: Record<'都道府県' | '市区町村' | '相談先' | 'ガイド' | 'ツール' | 'サイト情報', string>;
  page: { title: string; description: string; intro: string; noscript: string; query: string; kind: string; prefecture: string; all: string };
}

/** Strings of the translated pages themselves (the Japanese pages are written in Japanese directly). */
export interface PageStrings {
  /** On translated pages: the Japanese page is the authority. */
  authority: { text: string; link: string };
  /** Beside a text that exists only in Japanese. */
  onlyInJapanese: string;
  top: {
    intro: string;
    now: string;
    languageLines: string;
    languageLinesIntro: string;
    /** The languages a line's source lists (content writes them in English), in this language. */
    languages: { label: string; partial: string; separator: string; names: Record<string, string> };
    prefectures: string;
    prefecturesIntro: string;
    safety: string;
    safetyText: string;
    safetyLink: string;
    help: string;
    helpText: string;
    guideLink: string;
    checkLink: string;
    supportLink: string;
  };
  prefecturesPage: { title: string; intro: string };
  prefecturePage: {
    title: (name: string) => string;
    danger: { before: string; call: string; after: string };
    contacts: string;
    oneStop: string;
    oneStopStatus: Record<'established' | 'planned' | 'unknown', string>;
    more: string;
    municipalities: string;
    municipalitiesText: string;
  };
  municipalityPage: {
    title: (name: string) => string;
    window: (name: string) => string;
    noNumber: (name: string, office: string) => string;
    unknownWindow: (name: string, office: string) => string;
    benefits: (name: string) => string;
    wards: (name: string) => string;
    wardsText: string;
    prefectureLines: (name: string) => string;
    prefectureLink: (name: string) => string;
    /** Three short sentences, each ending with a number and `stop`. */
    route: { danger: string; sexual: string; police: string; stop: string };
  };
  /** Where a municipality's window is (市役所 …). */
  offices: Record<Municipality['kind'], string>;
  /** Place names, from the prefecture table and the 総務省 list (name, reading; `base` is without 市・町・村・区). */
  placeNames: {
    prefecture: (p: Prefecture) => string;
    municipality: (m: PlaceName) => string;
  };
  safety: { title: string; description: string; sections: { heading: string; items: string[] }[] };
  /** {places}: the prefectures served; {role}: the kind of contact; {name}: the organisation (in Japanese). */
  organisationPage: { description: string; website: string };
  guidePage: { pagesLabel: string; next: string; sources: string; routeExamples: string; checked: (date: string) => string };
  supportPages: {
    title: string;
    description: string;
    intro: string;
    check: string;
    kinds: Record<'benefit' | 'public-expense' | 'legal-aid' | 'compensation' | 'information', string>;
    legalBasis: string;
    provides: string;
    who: string;
    conditions: string;
    apply: string;
    prefectureLink: string;
    checkOne: string;
    sources: string;
    /** Criteria table ({name}: the scheme). */
    criteriaCaption: string;
    condition: string;
    article: string;
    covered: string;
    unclear: string;
    users: string;
    depends: string;
    /** Deadline table ({action}: the scheme's verb). */
    deadlineCaption: string;
    limit: string;
    exception: string;
  };
  /** Groups of lines on prefecture and scheme pages: those that answer at night and at weekends, and the legal route. */
  lineGroups: { night: string; nightText: string; nightNone: string; legal: string; legalText: string };
  checkPage: {
    title: string;
    description: string;
    intro: string;
    privacy: string;
    noscript: string;
    criteria: string;
    criteriaText: string;
    /** A link to a prefecture's criteria ({name}). */
    criteriaLink: string;
    others: string;
    schemes: string;
  };
}

export type Dictionary = UiStrings & PageStrings;

export interface PlaceName {
  name: string;
  reading: string;
  kind: Municipality['kind'];
  base: string;
  baseReading: string;
}
