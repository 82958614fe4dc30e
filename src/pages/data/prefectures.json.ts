import type { APIRoute } from 'astro';
import { publishedPrefectures } from '../../data-tools/open-data';
import { openDataInput } from '../../lib/open-data-input';
import { jsonResponse } from '../../lib/responses';

export const GET: APIRoute = async () => jsonResponse(publishedPrefectures((await openDataInput()).prefectures));
