/**
 * The self-check's one data file per language (build time only): every prefecture's rules and
 * published numbers, every scheme and every municipal 見舞金, with the words of `lang` laid over the
 * Japanese (src/i18n/localise.ts). The same file for every visitor: it never depends on an answer.
 */
import { allPublishedRules } from './rules';
import { contactSummaries } from './contacts';
import { allPublishedSchemes } from './schemes';
import { municipalBenefits } from './municipal-benefits';
import { allMunicipalities } from './municipalities';
import { finderScheme } from '../domain/support';
import { prefectureByCode } from '../domain/prefectures';
import { localise } from '../i18n/localise';
import { municipalityName } from '../i18n/places';
import { translated } from '../i18n/translated';
import type { Lang } from '../i18n/languages';
import type { CheckBundle } from '../islands/check-bundle';

export async function checkBundle(lang: Lang): Promise<CheckBundle> {
  const municipalities = new Map((await allMunicipalities()).map((m) => [m.lgCode, m]));
  return {
    rules: localise(await allPublishedRules(), lang),
    contacts: (await contactSummaries()).map(({ code, href, established, coordinator, lines }) => ({
      code,
      href,
      established,
      coordinator,
      lines: lines.map(({ roleKey, organisation, number, label, hours, since, translations }) => ({
        roleKey,
        organisation,
        number,
        label: label && translated(lang, label, translations, 'label').text,
        hours: hours && translated(lang, hours, translations, 'hours').text,
        since,
      })),
    })),
    // Only what the engine reads: summaries and sources are on /support/<id>/, which each result links to.
    schemes: (await allPublishedSchemes()).map((scheme) => finderScheme(localise(scheme, lang))),
    benefits: (await municipalBenefits()).map((m) => ({
      lgCode: m.lgCode,
      prefCode: m.prefCode,
      name: municipalityName(lang, municipalities.get(m.lgCode)!),
      href: `/prefectures/${prefectureByCode(m.prefCode)!.slug}/${m.lgCode}/`,
      benefits: m.benefits.map((b) => ({ name: b.name, amounts: b.amounts.map(({ case: c, yen }) => ({ case: c, yen })), deadline: b.deadline?.text })),
    })),
  };
}
