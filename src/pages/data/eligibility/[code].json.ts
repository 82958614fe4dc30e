/** dist/data/eligibility/<JIS code>.json: exactly the `rules` argument of evaluate(). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allPublishedRules } from '../../../lib/rules';
import type { Rules } from '../../../domain/eligibility';

export const getStaticPaths = (async () =>
  (await allPublishedRules()).map((rules) => ({ params: { code: rules.code }, props: { rules } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { rules: Rules }).rules, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
