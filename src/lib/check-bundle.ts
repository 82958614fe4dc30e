/**
 * The self-check's one data file per language (build time only): every prefecture's rules and
 * published numbers, every scheme and every municipal 見舞金, with the words of `lang` laid over the
 * Japanese (src/i18n/localise.ts). The same file for every visitor: it never depends on an answer.
 */
import { allPublishedRules } from './rules';
import { contactSummaries } from './contacts';
import { allPublishedSchemes } from './schemes';
import { municipalBenefits } from './municipal-benefits';
import { localScheme } from '../domain/support/local';
import { UI } from '../i18n';
import { allMunicipalities } from './municipalities';
import { finderScheme } from '../domain/support';
import { localise } from '../i18n/localise';
import { municipalityName } from '../i18n/places';
import { translated } from '../i18n/translated';
import type { Lang } from '../i18n/languages';
import type { CheckBundle } from '../islands/check-bundle';
import { getCollection } from 'astro:content';
import { publishedPhones } from '../domain/phone';
import { todayIso } from '../domain/freshness';
import { buildHolidayTable } from '../build/holiday-table';
import type { Phone } from '../schemas/common';

/** The sourced facts the plan states (content/national/facts.yaml). */
const PLAN_FACTS = ['emergency-contraception', 'onestop-care'];

export async function checkBundle(lang: Lang): Promise<CheckBundle> {
  const municipalities = new Map((await allMunicipalities()).map((m) => [m.lgCode, m]));
  const today = todayIso();
  // A line's label in the page's language; its hours travel as data.
  const line = (phone: Phone, organisation: string, label = phone.label && translated(lang, phone.label, phone.translations, 'label').text) => ({
    organisation,
    number: phone.number,
    // A label that only repeats the number says nothing.
    ...(label && label !== phone.number ? { label } : {}),
    ...(phone.open && phone.open !== 'unknown' ? { open: phone.open } : {}),
    ...(phone.afterHours ? { afterHours: phone.afterHours } : {}),
    ...(phone.serves ? { serves: phone.serves } : {}),
  });
  const nationalLines = (await getCollection('nationalLines')).sort((a, b) => a.data.order - b.data.order);
  return {
    lang,
    holidays: buildHolidayTable(today),
    lines: nationalLines.flatMap(({ id, data }) =>
      publishedPhones(data.phones, today).map(({ phone }) => ({ id, ...line(phone, translated(lang, data.name, data.translations, 'name').text, lang === 'ja' ? phone.label : data.translations?.[lang]?.phoneLabels?.[phone.number] ?? phone.label) })),
    ),
    languageLines: (await getCollection('languageLines'))
      .filter((l) => !l.data.visitorsOnly)
      .sort((a, b) => a.data.order - b.data.order)
      .flatMap(({ data }) => publishedPhones(data.phones, today).map(({ phone }) => ({ ...line(phone, data.nameEn && lang !== 'ja' ? data.nameEn : data.name), languages: data.languages }))),
    windows: (await getCollection('municipalWindows')).flatMap(({ id, data }) =>
      publishedPhones(data.phones, today).map(({ phone }) => ({
        lgCode: id,
        name: municipalityName(lang, municipalities.get(id)!),
        ...line(phone, data.department ?? data.name),
      })),
    ),
    facts: (await getCollection('facts'))
      .filter((f) => PLAN_FACTS.includes(f.id))
      .map(({ id, data }) => ({ id, text: translated(lang, data.text, data.translations, 'text').text, sources: data.sources.map(({ url, title }) => ({ url, ...(title ? { title: title.replace(/（[^（）]*）$/, '') } : {}) })) })),
    // Only prefectures with rules: one without says so on its page (and in /data/eligibility/), and the island words it itself.
    rules: localise(await allPublishedRules(), lang).filter((r) => r.status === 'rules'),
    contacts: (await contactSummaries()).map(({ code, href, established, coordinator, lines }) => ({
      code,
      href,
      established,
      // The coordinator clause of the 要綱 exists only in Japanese: other languages link to the prefecture page for it.
      ...(lang === 'ja' && coordinator ? { coordinator } : {}),
      // Hours travel as data (the source's own words are on the organisation's page, one tap from each result).
      lines: lines.map(({ roleKey, organisation, number, label, open, afterHours, serves, since, translations }) => ({
        roleKey,
        organisation,
        number,
        label: label && translated(lang, label, translations, 'label').text,
        open: open === 'unknown' ? undefined : open,
        afterHours,
        serves,
        since,
      })),
    })),
    // Only what the engine reads: summaries and sources are on /support/<id>/ (a local payment: its municipality's page).
    schemes: [
      ...(await allPublishedSchemes()).map((scheme) => finderScheme(localise(scheme, lang))),
      ...(await municipalBenefits()).flatMap((m) => {
        const place = { lgCode: m.lgCode, prefCode: m.prefCode, name: municipalityName(lang, municipalities.get(m.lgCode)!) };
        return m.benefits.flatMap((benefit, i) => localScheme(benefit, place, i + 1, UI[lang].check.support, UI[lang].check.benefits.yen) ?? []);
      }),
    ],
  };
}
