/** dist/data/worklist.csv: the maintainers' worklist, the same rows as `npm run data:worklist`. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../data-tools/load-content';
import { worklistCsv, worklistOfContent } from '../../data-tools/worklist';
import { todayIso } from '../../domain/freshness';
import { csvResponse } from '../../lib/responses';

export const GET: APIRoute = () => {
  return csvResponse(worklistCsv(worklistOfContent(loadContent(), todayIso())));
};
