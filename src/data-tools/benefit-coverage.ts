/**
 * Whether each prefecture and big city has its 見舞金 recorded (present, absent, or unknown with a search),
 * for the data report: content/benefit-records, or a city's window file that states a payment.
 */
import { PREFECTURES } from '../domain/prefectures';
import { prefectureLgCode } from '../domain/municipalities-csv';
import { BENEFIT_STATUSES } from '../schemas/municipality';
import type { LoadedContent } from './load-content';
import { bigCities } from './worklist';

type Status = (typeof BENEFIT_STATUSES)[number];

export interface BenefitCoverage {
  group: string;
  counts: Record<Status, number>;
  /** Places with no record yet. */
  missing: string[];
}

export function benefitCoverage(content: Pick<LoadedContent, 'benefitRecords' | 'municipalWindows' | 'municipalities' | 'coreCities'>): BenefitCoverage[] {
  const statusOf = (code: string): Status | undefined =>
    content.benefitRecords.get(code)?.status ?? (content.municipalWindows.get(code)?.benefits?.length ? 'present' : undefined);
  const tally = (group: string, places: { code: string; name: string }[]): BenefitCoverage => {
    const counts = Object.fromEntries(BENEFIT_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    const missing: string[] = [];
    for (const place of places) {
      const status = statusOf(place.code);
      if (status) counts[status] += 1;
      else missing.push(place.name);
    }
    return { group, counts, missing };
  };
  const cities = bigCities(content.municipalities, content.coreCities?.cities);
  return [
    tally('都道府県', PREFECTURES.map((p) => ({ code: prefectureLgCode(p.code), name: p.name }))),
    ...['政令指定都市', '特別区', '中核市'].map((kind) => tally(kind, cities.filter((c) => c.kind === kind).map((c) => ({ code: c.city.lgCode, name: c.city.name })))),
  ];
}
