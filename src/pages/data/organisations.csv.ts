import type { APIRoute } from 'astro';
import { publishedOrganisations, toCsv } from '../../data-tools/open-data';
import { openDataInput } from '../../lib/open-data-input';
import { csvResponse } from '../../lib/responses';

/** One row per published number; an organisation without one still has a row with an empty number. */
export const GET: APIRoute = async () => {
  const rows = publishedOrganisations((await openDataInput()).organisations).flatMap((o) => {
    const base = [o.id, o.name, o.kind, o.prefectures.join(' '), o.website];
    const phones = o.phones.length ? o.phones : [undefined];
    return phones.map((p) => [...base, p?.number, p?.label, p?.hours, p?.sources.map((s) => s.url).join(' '), o.checked]);
  });
  return csvResponse(toCsv(['id', 'name', 'kind', 'prefectures', 'website', 'number', 'label', 'hours', 'number_sources', 'checked'], rows));
};
