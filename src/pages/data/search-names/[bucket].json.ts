/** The search names table, one bucket per file (see NAME_BUCKETS): a query fetches a few KB, not all 2,000 rows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchNameBuckets } from '../../../lib/search-names';
import { NAME_BUCKETS } from '../../../scripts/name-search';

export const getStaticPaths = (() => Array.from({ length: NAME_BUCKETS }, (_, bucket) => ({ params: { bucket: String(bucket) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const rows = (await searchNameBuckets())[Number(params.bucket)];
  return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
