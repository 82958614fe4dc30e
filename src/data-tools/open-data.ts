/**
 * The open data: the same facts the pages show, machine-readable. Only numbers that pass the
 * publication rule are exported; leads stay in the repository for maintainers.
 * Pure builders over plain content data, used by the /data/* endpoints and the tests.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { isPublishable } from '../domain/phone';
import { prefectureByCode } from '../domain/prefectures';
import { organisationSchema, type Organisation } from '../schemas/organisation';
import { prefectureSchema } from '../schemas/prefecture';
import { municipalitySchema, municipalWindowSchema, type Municipality, type MunicipalWindow } from '../schemas/municipality';
import { CONTACT_ROLES, type ContactRole } from '../domain/labels';
import { publishedSchemeSchema } from '../schemas/scheme';

/** Published records: ids added, references as plain ids, leads removed. */
export const publishedPrefectureSchema = prefectureSchema(z.string()).safeExtend({ url: z.string() });
export const publishedOrganisationSchema = organisationSchema.omit({ notes: true, searches: true }).extend({ id: z.string() });
export const publishedMunicipalitySchema = municipalitySchema.safeExtend({
  url: z.string().optional(),
  window: municipalWindowSchema.omit({ notes: true, searches: true }).optional(),
});

/** What the public sees of a record: no maintainer notes or search logs, and only numbers that pass the publication rule. */
function publicView<T extends { phones: Organisation['phones']; notes?: string; searches?: unknown }>({ notes: _notes, searches: _searches, ...record }: T): Omit<T, 'notes' | 'searches'> {
  return { ...record, phones: record.phones.filter((phone) => isPublishable(phone, record.phones)) };
}

export function publishedOrganisations(organisations: Map<string, Organisation>) {
  return [...organisations].map(([id, org]) => ({ id, ...publicView(org) }));
}
export type PublishedOrganisation = ReturnType<typeof publishedOrganisations>[number];

export function publishedPrefectures(prefectures: z.output<ReturnType<typeof prefectureSchema>>[]) {
  return prefectures.map((p) => ({ ...p, url: `/prefectures/${p.slug}/` }));
}

export function publishedMunicipalities(municipalities: Municipality[], windows: Map<string, MunicipalWindow>) {
  return municipalities.map((m) => {
    const window = windows.get(m.lgCode);
    const slug = prefectureByCode(m.prefCode)?.slug;
    return {
      ...m,
      url: m.kind === '行政区' ? undefined : `/prefectures/${slug}/${m.lgCode}/`,
      window: window && publicView(window),
    };
  });
}

/** RFC 4180 CSV with a header row; every cell quoted. */
export function toCsv(header: string[], rows: (string | number | boolean | undefined)[][]): string {
  const cell = (value: string | number | boolean | undefined) => `"${String(value ?? '').replaceAll('"', '""')}"`;
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A stable UUID (version-5 layout) for HSDS ids, derived from our own ids. */
export function stableUuid(name: string): string {
  const hex = createHash('sha1').update(`higaisha-shien-directory:${name}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Open Referral HSDS 3.0: one `service` per organisation and role it plays, with its
 * organization, phones and the prefectures it serves as service areas. We hold no street
 * addresses, so no `location` is made up.
 */
export function hsdsServices(organisations: PublishedOrganisation[], siteUrl: string) {
  return organisations.map(({ id, ...org }) => {
    const organizationId = stableUuid(`organization:${id}`);
    const serviceId = stableUuid(`service:${id}`);
    const role = CONTACT_ROLES[org.kind as ContactRole];
    return {
      id: serviceId,
      name: org.name,
      alternate_name: org.nickname,
      description: [role.label, org.description].filter(Boolean).join('。'),
      url: org.website,
      status: 'active',
      assured_date: org.checked,
      organization: {
        id: organizationId,
        name: org.name,
        description: role.label,
        website: org.website,
      },
      phones: org.phones.map((phone) => ({
        id: stableUuid(`phone:${id}:${phone.number}`),
        service_id: serviceId,
        number: phone.number,
        type: 'voice',
        description: [phone.label, phone.hours && `受付: ${phone.hours}`].filter(Boolean).join(' '),
      })),
      service_areas: org.prefectures.map((code) => ({
        id: stableUuid(`service_area:${id}:${code}`),
        service_id: serviceId,
        name: prefectureByCode(code)!.name,
        extent_type: 'other',
      })),
      attributes: [],
      metadata: org.sources.map((source) => ({
        id: stableUuid(`metadata:${id}:${source.url}`),
        resource_id: serviceId,
        resource_type: 'service',
        last_action_date: source.checked,
        last_action_type: 'verify',
        field_name: 'phones',
        previous_value: '',
        replacement_value: source.url,
        updated_by: siteUrl,
      })),
    };
  });
}

/** The HSDS 3.0 fields we rely on, as the specification requires them. */
export const hsdsServiceSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  organization: z.object({ id: z.uuid(), name: z.string().min(1), description: z.string().min(1) }),
  phones: z.array(z.object({ id: z.uuid(), number: z.string().min(1) })),
  service_areas: z.array(z.object({ id: z.uuid() })),
});

/** The schema of each open-data file, by file name (without .json). */
export const OPEN_DATA_SCHEMAS = {
  prefectures: publishedPrefectureSchema,
  organisations: publishedOrganisationSchema,
  municipalities: publishedMunicipalitySchema,
  /** dist/data/support/schemes.json: the nationwide schemes exactly as src/domain/support reads them. */
  'support-schemes': publishedSchemeSchema,
} as const;
