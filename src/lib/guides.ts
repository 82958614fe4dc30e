/** A guide is its first page (id "victims") and its further pages (ids "victims/consent", …). */
import { getCollection, type CollectionEntry } from 'astro:content';

export type GuideEntry = CollectionEntry<'guides'>;

const byOrder = (a: GuideEntry, b: GuideEntry) => a.data.order - b.data.order;

/** The first page of each guide, in top-page order. */
export async function guideFirstPages(): Promise<GuideEntry[]> {
  return (await getCollection('guides')).filter((g) => !g.id.includes('/')).sort(byOrder);
}

/** All pages of the guide an entry belongs to, first page first. */
export async function guidePages(entry: GuideEntry): Promise<GuideEntry[]> {
  const root = entry.id.split('/')[0];
  const pages = (await getCollection('guides')).filter((g) => g.id === root || g.id.startsWith(`${root}/`));
  return [...pages.filter((g) => g.id === root), ...pages.filter((g) => g.id !== root).sort(byOrder)];
}
