/**
 * Each prefecture's published numbers in a compact form for the self-check island
 * (build time only): the publication rule is applied here, so the island never sees a lead.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { CONTACT_ROLES, type ContactRole } from '../domain/labels';
import { publishedPhones } from '../domain/phone';
import { todayIso } from '../domain/freshness';
import { PREFECTURES } from '../domain/prefectures';
import type { Phone } from '../schemas/common';

export interface ContactSummary {
  code: string;
  name: string;
  /** The prefecture page, when one exists. */
  href?: string;
  /** Whether the prefecture runs its one-stop service, and the coordinator clause of its instrument. */
  established: boolean;
  coordinator?: string;
  /** `since`: the year of the newest source, when every dated source is more than five years old. */
  lines: { roleKey: ContactRole; role: string; organisation: string; reading?: string; number: string; label?: string; hours?: string; open?: string; afterHours?: Phone['afterHours']; serves?: Phone['serves']; since?: string; translations?: Phone['translations'] }[];
}

let cache: Promise<ContactSummary[]> | undefined;

/** Computed once per build: every municipality page shows its prefecture's lines. */
export function contactSummaries(): Promise<ContactSummary[]> {
  cache ??= summarise();
  return cache;
}

async function summarise(): Promise<ContactSummary[]> {
  const entries = new Map((await getCollection('prefectures')).map((e) => [e.data.code, e.data]));
  return Promise.all(
    PREFECTURES.map(async (p) => {
      const entry = entries.get(p.code);
      const lines: ContactSummary['lines'] = [];
      for (const contact of entry?.contacts ?? []) {
        const org = (await getEntry(contact.organisation))?.data;
        for (const { phone, oldSince } of publishedPhones(org?.phones ?? [], todayIso())) {
          const { number, label, open, afterHours, serves, translations } = phone;
          const hours = phone.hours ?? org!.hours;
          lines.push({ roleKey: contact.role, role: CONTACT_ROLES[contact.role].label, organisation: org!.name, reading: org!.reading, number, label, hours, open, afterHours, serves, since: oldSince?.slice(0, 4), translations });
        }
      }
      const established = entry?.scheme.status === 'established';
      return { code: p.code, name: p.name, href: entry ? `/prefectures/${p.slug}/` : undefined, established, coordinator: established ? entry?.scheme.coordinator?.text : undefined, lines };
    }),
  );
}

/** A prefecture's organisations grouped in the order of CONTACT_ROLES; a role with none comes once, without one (its fallback is shown). */
export async function contactCards(data: CollectionEntry<'prefectures'>['data']): Promise<{ role: ContactRole; organisation?: CollectionEntry<'organisations'> }[]> {
  const groups = await Promise.all(
    (Object.keys(CONTACT_ROLES) as ContactRole[]).map(async (role) => {
      const refs = data.contacts.filter((c) => c.role === role);
      if (refs.length === 0) return [{ role, organisation: undefined }];
      return Promise.all(refs.map(async (ref) => ({ role, organisation: await getEntry(ref.organisation) })));
    }),
  );
  return groups.flat();
}
