/** The search names table, one bucket per file (see NAME_BUCKETS): a query fetches a few KB, not all 2,000 rows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchNameRows } from '../../../lib/search-names';
import { NAME_BUCKETS, rowBuckets } from '../../../scripts/name-search';

export const getStaticPaths = (() => Array.from({ length: NAME_BUCKETS }, (_, bucket) => ({ params: { bucket: String(bucket) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bucket = Number(params.bucket);
  const rows = (await searchNameRows()).filter((row) => rowBuckets(row).includes(bucket));
  return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
