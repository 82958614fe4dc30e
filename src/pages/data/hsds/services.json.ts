/** Open Referral HSDS 3.0 services (with organization, phones and service areas). */
import type { APIRoute } from 'astro';
import { hsdsServices, publishedOrganisations } from '../../../data-tools/open-data';
import { openDataInput } from '../../../lib/open-data-input';
import { jsonResponse } from '../../../lib/responses';

export const GET: APIRoute = async ({ site }) => jsonResponse(hsdsServices(publishedOrganisations((await openDataInput()).organisations), String(site)));
