/** dist/data/eligibility/<JIS code>.json: exactly the `rules` argument of evaluate(). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allPublishedRules } from '../../../lib/rules';
import type { Rules } from '../../../domain/eligibility';
import { jsonResponse } from '../../../lib/responses';

export const getStaticPaths = (async () =>
  (await allPublishedRules()).map((rules) => ({ params: { code: rules.code }, props: { rules } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse((props as { rules: Rules }).rules);
