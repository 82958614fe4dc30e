/** dist/data/worklist.csv: the maintainers' worklist, the same rows as `npm run data:worklist`. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../data-tools/load-content';
import { worklist, worklistCsv } from '../../data-tools/worklist';
import { todayIso } from '../../domain/freshness';
import { csvResponse } from '../../lib/responses';

export const GET: APIRoute = () => {
  const content = loadContent();
  return csvResponse(worklistCsv(worklist({ ...content, population: content.population?.population ?? {} }, todayIso())));
};
