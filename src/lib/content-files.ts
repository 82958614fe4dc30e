/**
 * The content files as `loadContent()` reads them outside Astro's collections (for the pages that show
 * the same worklist and figures as the data tools: /data/status/, /data/worklist.csv), read once per build.
 */
import { loadContent, type LoadedContent } from '../data-tools/load-content';

let cache: LoadedContent | undefined;

export function contentFiles(): LoadedContent {
  cache ??= loadContent();
  return cache;
}
