/** The data the self-check island loads once, as /check/bundle.json (see src/pages/check/bundle.json.ts). */
import type { Rules } from '../domain/eligibility';
import type { ContactSummary } from '../lib/contacts';
import type { FinderScheme } from '../domain/support';

/** A municipality's 見舞金 as the results show them: amounts and deadline; conditions and sources are on its page. */
export interface FinderBenefits {
  lgCode: string;
  prefCode: string;
  name: string;
  href: string;
  benefits: { name: string; amounts: { case: string; yen: number }[]; deadline?: string }[];
}

export interface CheckBundle {
  rules: Rules[];
  contacts: ContactSummary[];
  schemes: FinderScheme[];
  benefits: FinderBenefits[];
}

export const CHECK_BUNDLE_URL = '/check/bundle.json';

/** Loads the bundle; rejects with a message a visitor can act on. */
export async function loadCheckBundle(): Promise<CheckBundle> {
  const response = await fetch(CHECK_BUNDLE_URL, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as CheckBundle;
}
