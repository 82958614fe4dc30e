import type { APIRoute } from 'astro';
import { publishedPrefectures, toCsv } from '../../data-tools/open-data';
import { openDataInput } from '../../lib/open-data-input';
import { csvResponse } from '../../lib/responses';

export const GET: APIRoute = async () => {
  const rows = publishedPrefectures((await openDataInput()).prefectures).map((p) => [
    p.code, p.name, p.slug, p.scheme.status, p.scheme.instrument?.title, p.scheme.instrument?.effective, p.scheme.instrument?.source.url,
    p.contacts.map((c) => `${c.role}:${c.organisation}`).join(' '), p.checked, p.url,
  ]);
  return csvResponse(toCsv(['code', 'name', 'slug', 'scheme_status', 'instrument_title', 'instrument_effective', 'instrument_source', 'contacts', 'checked', 'url'], rows));
};
