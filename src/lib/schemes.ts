/** The nationwide support schemes as published and as src/domain/support reads them (build time only). */
import { getCollection } from 'astro:content';
import { publishScheme } from '../domain/support';
import type { Scheme } from '../schemas/scheme';

export async function allPublishedSchemes(): Promise<Scheme[]> {
  return (await getCollection('schemes')).sort((a, b) => a.id.localeCompare(b.id)).map((entry) => publishScheme(entry.id, entry.data));
}
