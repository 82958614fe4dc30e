/** Local 見舞金・支援金 with sourced rules (a municipality's or a prefecture's own), for pages and the self-check (build time only). */
import { getCollection } from 'astro:content';
import type { MunicipalBenefit } from '../schemas/municipality';
import { prefectureLgCode } from '../domain/municipalities-csv';
import { PREFECTURES } from '../domain/prefectures';
import { allMunicipalities } from './municipalities';

export interface MunicipalBenefits {
  /** The municipality's 団体コード, or the prefecture's own (東京都 130001) for a payment to every resident. */
  lgCode: string;
  name: string;
  prefCode: string;
  benefits: MunicipalBenefit[];
}

const stated = (benefits: readonly MunicipalBenefit[] = []) => benefits.some((b) => b.sources.length > 0 && b.amounts.some((a) => a.yen > 0));

/** Every municipality whose window file records at least one sourced 見舞金, in lgCode order. */
export async function municipalBenefits(): Promise<MunicipalBenefits[]> {
  const byCode = new Map((await allMunicipalities()).map((m) => [m.lgCode, m]));
  return (await getCollection('municipalWindows'))
    .filter((entry) => stated(entry.data.benefits))
    .map((entry) => {
      const m = byCode.get(entry.id);
      if (!m) throw new Error(`content/municipal-windows/${entry.id}.yaml: 全国地方公共団体コード ${entry.id} が content/municipalities.csv にありません`);
      return { lgCode: m.lgCode, name: m.name, prefCode: m.prefCode, benefits: entry.data.benefits! };
    })
    .sort((a, b) => a.lgCode.localeCompare(b.lgCode));
}

/** Prefectures that pay their own 見舞金 to every resident (content/benefit-records/<団体コード>.yaml), in code order. */
export async function prefectureBenefits(): Promise<MunicipalBenefits[]> {
  const records = new Map((await getCollection('benefitRecords')).map((entry) => [entry.id, entry.data]));
  return PREFECTURES.flatMap((p) => {
    const record = records.get(prefectureLgCode(p.code));
    return record && stated(record.benefits) ? [{ lgCode: prefectureLgCode(p.code), name: p.name, prefCode: p.code, benefits: record.benefits }] : [];
  });
}

/** Every local payment the self-check judges: the prefectures' own, then the municipalities'. */
export const localBenefits = async () => [...(await prefectureBenefits()), ...(await municipalBenefits())];
