/** dist/data/support/schemes.json: every nationwide scheme, exactly the `schemes` argument of findSupport(). */
import type { APIRoute } from 'astro';
import { allPublishedSchemes } from '../../../lib/schemes';
import { jsonResponse } from '../../../lib/responses';

export const GET: APIRoute = async () => jsonResponse(await allPublishedSchemes());
