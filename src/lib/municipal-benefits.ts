/** Municipal 見舞金・支援金 with sourced rules, for pages and the self-check (build time only). */
import { getCollection } from 'astro:content';
import type { MunicipalBenefit } from '../schemas/municipality';
import { allMunicipalities } from './municipalities';

export interface MunicipalBenefits {
  lgCode: string;
  name: string;
  prefCode: string;
  benefits: MunicipalBenefit[];
}

/** Every municipality whose window file records at least one sourced 見舞金, in lgCode order. */
export async function municipalBenefits(): Promise<MunicipalBenefits[]> {
  const byCode = new Map((await allMunicipalities()).map((m) => [m.lgCode, m]));
  return (await getCollection('municipalWindows'))
    .filter((entry) => (entry.data.benefits ?? []).some((b) => b.sources.length > 0 && b.amounts.some((a) => a.yen > 0)))
    .map((entry) => {
      const m = byCode.get(entry.id);
      if (!m) throw new Error(`content/municipal-windows/${entry.id}.yaml: 全国地方公共団体コード ${entry.id} が content/municipalities.csv にありません`);
      return { lgCode: m.lgCode, name: m.name, prefCode: m.prefCode, benefits: entry.data.benefits! };
    })
    .sort((a, b) => a.lgCode.localeCompare(b.lgCode));
}
