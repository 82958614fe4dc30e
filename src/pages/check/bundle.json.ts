/**
 * /check/bundle.json: everything the self-check evaluates, for every prefecture, scheme and
 * municipality at once. The island fetches this one file as the page loads, the same for every
 * visitor: a fetch that depended on an answer (one prefecture's rules) would tell the server the
 * answer. Kept out of the HTML so that the page does not grow with the data.
 */
import type { APIRoute } from 'astro';
import { allPublishedRules } from '../../lib/rules';
import { contactSummaries } from '../../lib/contacts';
import { allPublishedSchemes } from '../../lib/schemes';
import { finderScheme } from '../../domain/support';
import { municipalBenefits } from '../../lib/municipal-benefits';
import { prefectureByCode } from '../../domain/prefectures';
import type { CheckBundle } from '../../islands/check-bundle';

export const GET: APIRoute = async () => {
  const bundle: CheckBundle = {
    rules: await allPublishedRules(),
    contacts: await contactSummaries(),
    // Only what the engine reads: summaries and sources are on /support/<id>/, which each result links to.
    schemes: (await allPublishedSchemes()).map(finderScheme),
    benefits: (await municipalBenefits()).map((m) => ({
      lgCode: m.lgCode,
      prefCode: m.prefCode,
      name: m.name,
      href: `/prefectures/${prefectureByCode(m.prefCode)!.slug}/${m.lgCode}/`,
      benefits: m.benefits.map((b) => ({ name: b.name, amounts: b.amounts.map(({ case: c, yen }) => ({ case: c, yen })), deadline: b.deadline?.text })),
    })),
  };
  // Compact: this file is shipped to every visitor of /check/.
  return new Response(JSON.stringify(bundle), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
