/**
 * The self-check's one data file per language (build time only): every prefecture's rules and
 * published numbers, every scheme and every municipal 見舞金, with the words of `lang` laid over the
 * Japanese (src/i18n/localise.ts). The same file for every visitor: it never depends on an answer.
 */
import { allPublishedRules } from './rules';
import { contactSummaries } from './contacts';
import { allPublishedSchemes } from './schemes';
import { localBenefits } from './municipal-benefits';
import { localScheme } from '../domain/support/local';
import { packLocal } from '../domain/support/local-pack';
import { LANG_INFO, PAGES, UI } from '../i18n';
import { trimRubyDeep } from '../i18n/ruby-trim';
import { allMunicipalities } from './municipalities';
import { finderScheme } from '../domain/support';
import { localise } from '../i18n/localise';
import { municipalityName, nameInLang, prefectureName } from '../i18n/places';
import { prefectureByCode } from '../domain/prefectures';
import { translated, type Translated } from '../i18n/translated';
import type { Lang } from '../i18n/languages';
import type { CheckBundle } from '../islands/check-bundle';
import { getCollection } from 'astro:content';
import { publishedPhones } from '../domain/phone';
import { labelBesideNumber } from '../domain/labels';
import { todayIso } from '../domain/freshness';
import { buildHolidayTable } from '../build/holiday-table';
import type { Phone } from '../schemas/common';

/** The sourced facts the plan states (content/national/facts.yaml). */
const PLAN_FACTS = ['emergency-contraception', 'onestop-care'];

/** A text in the page's language, or nothing when only the Japanese exists. */
const ownWords = (value: Translated) => (value.lang !== 'ja' ? value.text : undefined);

export async function checkBundle(lang: Lang): Promise<CheckBundle> {
  const municipalities = new Map((await allMunicipalities()).map((m) => [m.lgCode, m]));
  const today = todayIso();
  // A line's label in the page's language (one only in Japanese is left out of other languages); its hours travel as data.
  const labelIn = (label: string | undefined, translations: Phone['translations']) =>
    label && (lang === 'ja' ? label : ownWords(translated(lang, label, translations, 'label')));
  // On a page in another language, a Japanese name is marked as one: it stays as the caller says it (やさしい日本語 gives it ルビ).
  const japaneseName = LANG_INFO[lang].script !== 'japanese' ? { jaName: true as const } : {};
  // A Japanese name with its reading: ルビ in やさしい日本語, romaji apart in other languages.
  const named = (name: string, reading?: string) => {
    const shown = nameInLang(lang, name, reading);
    return { organisation: shown.name, ...(shown.reading ? { reading: shown.reading } : {}) };
  };
  const line = (phone: Phone, organisation: string, label = labelIn(phone.label, phone.translations)) => {
    const shown = labelBesideNumber(label, phone.number);
    return {
      organisation,
      number: phone.number,
      ...(shown ? { label: shown } : {}),
      ...(phone.open && phone.open !== 'unknown' ? { open: phone.open } : {}),
      ...(phone.afterHours ? { afterHours: phone.afterHours } : {}),
      ...(phone.serves ? { serves: phone.serves } : {}),
    };
  };
  const nationalLines = (await getCollection('nationalLines')).sort((a, b) => a.data.order - b.data.order);
  // ルビ only where needed (src/i18n/ruby.ts): the file stays within its size.
  return trimRubyDeep({
    lang,
    ...(LANG_INFO[lang].speaks ? { speaks: LANG_INFO[lang].speaks } : {}),
    holidays: buildHolidayTable(today),
    lines: nationalLines.flatMap(({ id, data }) =>
      publishedPhones(data.phones, today).map(({ phone }) => {
        const name = translated(lang, data.name, data.translations, 'name');
        return { id, ...line(phone, name.text, lang === 'ja' ? phone.label : data.translations?.[lang]?.phoneLabels?.[phone.number]), ...(name.lang === 'ja' ? japaneseName : {}) };
      }),
    ),
    languageLines: (await getCollection('languageLines'))
      .filter((l) => !l.data.visitorsOnly)
      .sort((a, b) => a.data.order - b.data.order)
      .flatMap(({ data }) =>
        publishedPhones(data.phones, today).map(({ phone }) => {
          const name = data.nameEn && LANG_INFO[lang].script === 'latin' ? { organisation: data.nameEn } : { ...named(data.name, data.reading), ...japaneseName };
          return { ...line(phone, name.organisation), ...name, languages: data.languages };
        }),
      ),
    // A window is called by its place's name in other languages (the department's Japanese name is on the municipality's page).
    windows: (await getCollection('municipalWindows')).flatMap(({ id, data }) =>
      publishedPhones(data.phones, today).map(({ phone }) => {
        const name = municipalityName(lang, municipalities.get(id)!);
        return { lgCode: id, name, ...line(phone, lang === 'ja' ? (data.department ?? data.name) : name) };
      }),
    ),
    facts: (await getCollection('facts'))
      .filter((f) => PLAN_FACTS.includes(f.id))
      // Each cites its government sources (its other sources only where it has none), to keep the file small.
      .map(({ id, data }) => {
        const official = data.sources.filter((s) => s.kind === 'government');
        const sources = (official.length ? official : data.sources).map(({ url, title }) => ({ url, ...(title ? { title: title.replace(/（[^（）]*）$/, '') } : {}) }));
        return { id, text: translated(lang, data.text, data.translations, 'text').text, sources };
      }),
    // Only prefectures with rules: one without says so on its page (and in /data/eligibility/), and the island words it itself.
    rules: localise(await allPublishedRules(), lang).filter((r) => r.status === 'rules'),
    contacts: (await contactSummaries()).map(({ code, href, established, coordinator, lines }) => ({
      code,
      href,
      established,
      // The coordinator clause of the 要綱: other languages read it on the prefecture's page (the self-check's data must stay small).
      ...(lang === 'ja' && coordinator ? { coordinator } : {}),
      // Hours travel as data (the source's own words are on the organisation's page, one tap from each result).
      // In other languages a name stays Japanese with its reading, and a label not translated gives way to what the body is.
      lines: lines.map(({ roleKey, organisation, reading, number, label, open, afterHours, serves, since, translations }) => {
        const own = labelIn(label, translations);
        return { roleKey, ...named(organisation, reading), ...japaneseName, number, ...(own ? { label: own } : {}), open: open === 'unknown' ? undefined : open, afterHours, serves, since };
      }),
    })),
    // Only what the engine reads: summaries and sources are on /support/<id>/ (a local payment: its municipality's page).
    schemes: [
      ...(await allPublishedSchemes()).map((scheme) => finderScheme(localise(scheme, lang))),
      ...(await localBenefits()).flatMap((m) => {
        const municipality = municipalities.get(m.lgCode);
        const name = municipality ? municipalityName(lang, municipality) : prefectureName(lang, prefectureByCode(m.prefCode)!);
        const place = { lgCode: m.lgCode, prefCode: m.prefCode, name };
        return m.benefits.flatMap((benefit, i) => {
          const scheme = localScheme(benefit, place, i + 1, UI[lang].check.support, UI[lang].check.benefits.yen);
          return scheme ? [packLocal(scheme)] : [];
        });
      }),
    ],
  });
}
