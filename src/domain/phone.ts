/**
 * Phone numbers as Japanese public services write them, and the rule that decides
 * which of them this site may show as a number to call.
 */

/** Short codes (#8891, 110, 189) and hyphenated numbers with 10 or 11 digits. */
export function isValidPhoneNumber(written: string): boolean {
  if (/^#\d{4}$/.test(written) || /^1\d{2}$/.test(written)) return true;
  if (!/^0\d{1,4}(-\d{1,6}){1,2}$/.test(written)) return false;
  const digits = written.replaceAll('-', '').length;
  return digits === 10 || digits === 11;
}

/** The `tel:` URL for a number as written: digits only, with '#' percent-encoded. */
export function telHref(written: string): string {
  return 'tel:' + written.replaceAll('-', '').replace('#', '%23');
}

export type SourceKind = 'official' | 'government' | 'other';

export interface PhoneEvidence {
  sources: readonly { url: string; kind: SourceKind }[];
  stale?: boolean;
  superseded?: boolean;
}

/**
 * The publication rule: a number is shown as a contact only when the organisation's own page
 * or a government page gives it, or two independent sites (different hosts) agree on it,
 * and it is neither stale nor superseded. Everything else stays a lead for maintainers.
 */
export function isPublishable(phone: PhoneEvidence): boolean {
  if (phone.stale || phone.superseded) return false;
  if (phone.sources.some((s) => s.kind !== 'other')) return true;
  const hosts = new Set(phone.sources.map((s) => new URL(s.url).hostname.replace(/^www\./, '')));
  return hosts.size >= 2;
}
