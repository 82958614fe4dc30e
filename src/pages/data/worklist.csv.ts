/** dist/data/worklist.csv: the maintainers' worklist, the same rows as `npm run data:worklist`. */
import type { APIRoute } from 'astro';
import { worklistCsv, worklistOfContent } from '../../data-tools/worklist';
import { todayIso } from '../../domain/freshness';
import { contentFiles } from '../../lib/content-files';
import { csvResponse } from '../../lib/responses';

export const GET: APIRoute = () => csvResponse(worklistCsv(worklistOfContent(contentFiles(), todayIso())));
