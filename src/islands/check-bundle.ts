/** The data the self-check island loads once, as <lang prefix>/check/bundle.json (see src/lib/check-bundle.ts). */
import type { Rules } from '../domain/eligibility';
import type { ContactRole } from '../domain/labels';
import type { BundleLine, PlanBundle } from '../domain/plan';
import { unpackLocal } from '../domain/support/local-pack';

/** A prefecture's published numbers, as the results show them. */
export interface BundleContacts {
  code: string;
  /** The prefecture page, when one exists (without the language prefix). */
  href?: string;
  /** Whether the prefecture runs its one-stop service, and the coordinator clause of its instrument. */
  established: boolean;
  coordinator?: string;
  lines: (BundleLine & { roleKey: ContactRole })[];
}

/** Everything the plan reads (src/domain/plan), with the prefectures' rules. */
export interface CheckBundle extends PlanBundle {
  rules: Rules[];
  contacts: BundleContacts[];
  /** With the municipality's name in the page's language, for the form's municipality question. */
  windows: (PlanBundle['windows'][number] & { name: string })[];
}

/** Loads the bundle of the language whose path starts with `prefix` ('' for Japanese); rejects with a message a visitor can act on. */
export async function loadCheckBundle(prefix: string): Promise<CheckBundle> {
  const response = await fetch(`${prefix}/check/bundle.json`, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return readCheckBundle(await response.json());
}

/** The bundle as the plan reads it, from its JSON (local payments unpacked: src/domain/support/local-pack.ts). */
export function readCheckBundle(json: unknown): CheckBundle {
  const bundle = json as CheckBundle;
  return { ...bundle, schemes: bundle.schemes.map(unpackLocal) };
}
