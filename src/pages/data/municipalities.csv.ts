import type { APIRoute } from 'astro';
import { publishedMunicipalities, toCsv } from '../../data-tools/open-data';
import { openDataInput } from '../../lib/open-data-input';
import { csvResponse } from '../../lib/responses';

export const GET: APIRoute = async () => {
  const { municipalities, windows } = await openDataInput();
  const rows = publishedMunicipalities(municipalities, windows).map((m) => [
    m.lgCode, m.prefCode, m.prefecture, m.name, m.reading, m.kind, m.parentCode,
    m.window?.department, m.window?.phones.map((p) => p.number).join(' '), m.window?.sources.map((s) => s.url).join(' '), m.url,
  ]);
  return csvResponse(toCsv(['lgCode', 'prefCode', 'prefecture', 'name', 'reading', 'kind', 'parentCode', 'window_department', 'window_phones', 'window_sources', 'url'], rows));
};
