/** getStaticPaths for the pages generated once per prefecture entry. */
import { getCollection } from 'astro:content';

export async function prefecturePaths() {
  return (await getCollection('prefectures')).map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));
}
