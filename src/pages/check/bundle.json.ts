/**
 * /check/bundle.json: everything the self-check evaluates, for every prefecture, scheme and
 * municipality at once (src/lib/check-bundle.ts). Kept out of the HTML so that the page does not
 * grow with the data; compact, as every visitor of /check/ loads it.
 */
import type { APIRoute } from 'astro';
import { checkBundle } from '../../lib/check-bundle';

export const GET: APIRoute = async () => new Response(JSON.stringify(await checkBundle('ja')), { headers: { 'content-type': 'application/json; charset=utf-8' } });
