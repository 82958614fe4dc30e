/** Every prefecture's published rules, from the content collection (build time only). */
import { getCollection } from 'astro:content';
import { publishedRules, type Rules } from '../domain/eligibility';
import { PREFECTURES } from '../domain/prefectures';

export async function allPublishedRules(): Promise<Rules[]> {
  const entries = new Map((await getCollection('prefectures')).map((e) => [e.data.code, e.data]));
  return PREFECTURES.map((p) => {
    const data = entries.get(p.code);
    return publishedRules(p, data && { eligibility: data.eligibility, instrument: data.scheme.instrument });
  });
}
