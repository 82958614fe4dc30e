/**
 * /check/bundle.json: everything the self-check evaluates, for every prefecture at once. The island
 * fetches this one file as the page loads, the same for every visitor: a fetch that depended on an
 * answer (one prefecture's rules) would tell the server the answer. Kept out of the HTML so that the
 * page does not grow with the data.
 */
import type { APIRoute } from 'astro';
import { allPublishedRules } from '../../lib/rules';
import { contactSummaries } from '../../lib/contacts';
import type { CheckBundle } from '../../islands/check-bundle';

export const GET: APIRoute = async () => {
  const bundle: CheckBundle = { rules: await allPublishedRules(), contacts: await contactSummaries() };
  // Compact: this file is shipped to every visitor of /check/.
  return new Response(JSON.stringify(bundle), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
