import type { APIRoute } from 'astro';
import { publishedMunicipalities } from '../../data-tools/open-data';
import { openDataInput } from '../../lib/open-data-input';
import { jsonResponse } from '../../lib/responses';

export const GET: APIRoute = async () => {
  const { municipalities, windows } = await openDataInput();
  return jsonResponse(publishedMunicipalities(municipalities, windows));
};
