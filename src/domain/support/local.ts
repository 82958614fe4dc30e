/**
 * A municipality's 見舞金 as a scheme the finder judges like the national ones: the benefit entry's own
 * criteria, with where the person lived added from the file it is in, its amounts stated, and its
 * deadline in the schemes' terms. The facts stay in one place (content/municipal-windows/<lgCode>.yaml).
 */
import type { MunicipalBenefit } from '../../schemas/municipality';
import type { FinderScheme } from './index';
import type { Criterion } from '../../schemas/scheme';
import type { SupportPhrases } from './phrases';
import { fill } from '../fill';
import { yenDigits } from '../yen';

export interface LocalPlace {
  lgCode: string;
  prefCode: string;
  /** In the page's language. */
  name: string;
}

const FROM = { incident: 'incident', death: 'harm', known: 'known' } as const;

/**
 * The benefit as a scheme; id `<lgCode>-<n>` (n counts the municipality's benefits from 1). Undefined for a
 * benefit whose rules are not recorded as criteria: it is never judged on where the person lives alone.
 * The criteria's own sentences stay on the municipality's page; the reasons name the rule by its article.
 */
export function localScheme(benefit: MunicipalBenefit, place: LocalPlace, n: number, p: SupportPhrases, yen: string): FinderScheme | undefined {
  if (benefit.criteria.length === 0) return undefined;
  const article = benefit.name;
  // Each reason cites the payment by name: its articles, sources and the rules' own sentences are on the municipality's page.
  const brief = (c: Criterion): Criterion =>
    ({ ...c, text: '', article, source: undefined, ...('unclearText' in c ? { unclearText: undefined } : {}), ...(c.type === 'harm' ? { routes: c.routes.map((r) => ({ ...r, article, source: undefined })) } : {}) }) as Criterion;
  return {
    id: `${place.lgCode}-${n}`,
    name: benefit.name,
    kind: 'benefit',
    criteria: [{ type: 'area', prefecture: place.prefCode, municipality: place.lgCode, text: place.name, article }, ...benefit.criteria.map(brief)],
    ...(benefit.deadline
      ? { deadline: { action: p.localApply, limits: [{ months: benefit.deadline.months, from: FROM[benefit.deadline.from], text: benefit.deadline.text, article: benefit.deadline.article ?? article }] } }
      : {}),
    // What it pays, stated with the reasons; who qualifies for each amount, and how to apply, are on the municipality's page.
    conditions: benefit.amounts.map((a) => ({ text: `${a.case}: ${fill(yen, { amount: yenDigits(a.yen) })}`, article })),
    apply: { kind: 'municipality', text: '', article, phones: [], nationalLines: [] },
  };
}
