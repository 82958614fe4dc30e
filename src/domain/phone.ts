/**
 * Phone numbers as Japanese public services write them, and the rule that decides
 * which of them this site may show as a number to call.
 */
import { monthsBetween } from './dates';
import { publisherOf } from './publisher';

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

export interface SourceEvidence {
  url: string;
  kind: SourceKind;
  pageDate?: string;
  publisher?: string;
}

export interface PhoneEvidence {
  number: string;
  sources: readonly SourceEvidence[];
  stale?: boolean;
  superseded?: boolean;
  conflict?: string;
}

/** A number whose every dated source is older than this is shown with its age (see README, "Which numbers are shown"). */
export const OLD_AFTER_MONTHS = 60;

const isOfficial = (s: SourceEvidence) => s.kind !== 'other';

/** The newest page date among a number's official or government sources, if any is dated. */
function newestOfficialDate(phone: PhoneEvidence): string | undefined {
  return phone.sources.filter((s) => isOfficial(s) && s.pageDate).map((s) => s.pageDate!).sort().at(-1);
}

/**
 * Among numbers that official sources disagree on (same `conflict` id), the one whose newest dated
 * official source is strictly the newest; none when no such source settles it.
 */
function conflictWinner(group: readonly PhoneEvidence[]): PhoneEvidence | undefined {
  const dated = group.map((p) => ({ p, date: newestOfficialDate(p) })).filter((x) => x.date).sort((a, b) => (a.date! < b.date! ? 1 : -1));
  if (dated.length === 0 || (dated.length > 1 && dated[0].date === dated[1].date)) return undefined;
  return dated[0].p;
}

/**
 * The publication rule. A number is shown as a contact only when
 * - it is neither stale nor superseded;
 * - an official or government source gives it, or two sources from different publishers
 *   (registrable domains; a copy counts as its original outlet, an unknown copy not at all) agree;
 * - if official sources disagree on it (a `conflict` among `siblings`), it is the one the newest dated
 *   official source gives; the conflict is then stated beside it.
 * Everything else stays a lead for maintainers. `siblings` are the other numbers of the same entry.
 */
export function isPublishable(phone: PhoneEvidence, siblings: readonly PhoneEvidence[] = [phone]): boolean {
  if (phone.stale || phone.superseded) return false;
  if (phone.conflict) {
    const group = siblings.filter((p) => p.conflict === phone.conflict && !p.stale && !p.superseded);
    if (conflictWinner(group.includes(phone) ? group : [...group, phone]) !== phone) return false;
  }
  const counted = phone.sources.filter((s) => publisherOf(s) !== undefined);
  if (counted.some(isOfficial)) return true;
  return new Set(counted.map(publisherOf)).size >= 2;
}

/** The newest page date of a number whose every dated source is more than five years old; else undefined. */
export function oldSince(phone: PhoneEvidence, today: string): string | undefined {
  const dates = phone.sources.map((s) => s.pageDate).filter((d): d is string => Boolean(d)).sort();
  const newest = dates.at(-1);
  return newest && monthsBetween(newest, today) > OLD_AFTER_MONTHS ? newest : undefined;
}

export interface PublishedPhone<P extends PhoneEvidence> {
  phone: P;
  /** Set when every dated source is old: the page says how old beside the number. */
  oldSince?: string;
  /** Other numbers official sources give for the same line, stated beside the shown one. */
  conflictsWith: string[];
}

/** The numbers of one entry that may be shown, with what must be said beside each. */
export function publishedPhones<P extends PhoneEvidence>(phones: readonly P[], today: string): PublishedPhone<P>[] {
  return phones
    .filter((phone) => isPublishable(phone, phones))
    .map((phone) => ({
      phone,
      oldSince: oldSince(phone, today),
      conflictsWith: phone.conflict ? phones.filter((p) => p !== phone && p.conflict === phone.conflict).map((p) => p.number) : [],
    }));
}
