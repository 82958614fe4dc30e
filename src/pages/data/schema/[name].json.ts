/** JSON Schemas (draft 2020-12) of the open-data files, generated from the zod schemas. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { OPEN_DATA_SCHEMAS } from '../../../data-tools/open-data';
import { jsonResponse } from '../../../lib/responses';

export const getStaticPaths = (() => Object.keys(OPEN_DATA_SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params.name as keyof typeof OPEN_DATA_SCHEMAS;
  return jsonResponse({
    ...z.toJSONSchema(z.array(OPEN_DATA_SCHEMAS[name]), { io: 'output', unrepresentable: 'any' }),
    $id: `/data/schema/${name}.json`,
    title: `${name}.json`,
  });
};
