/** The content collections as plain data for the open-data builders (references become ids). */
import { getCollection } from 'astro:content';
import type { Organisation } from '../schemas/organisation';
import type { MunicipalWindow } from '../schemas/municipality';
import { allMunicipalities } from './municipalities';

export async function openDataInput() {
  const prefectures = (await getCollection('prefectures'))
    .map(({ data }) => ({
      ...data,
      contacts: data.contacts.map((c) => ({ ...c, organisation: c.organisation.id })),
      scheme: { ...data.scheme, parties: data.scheme.parties.map((p) => ({ ...p, organisation: p.organisation?.id })) },
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const organisations = new Map<string, Organisation>((await getCollection('organisations')).map((e) => [e.id, e.data]));
  const windows = new Map<string, MunicipalWindow>((await getCollection('municipalWindows')).map((e) => [e.id, e.data]));
  return { prefectures, organisations, municipalities: await allMunicipalities(), windows };
}
