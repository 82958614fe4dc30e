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
import { prefectureLgCode } from '../municipalities-csv';

type HarmRoute = Extract<Criterion, { type: 'harm' }>['routes'][number];

export interface LocalPlace {
  /** The municipality's 団体コード, or the prefecture's own for a payment to all its residents. */
  lgCode: string;
  prefCode: string;
  /** In the page's language. */
  name: string;
}

const FROM = { incident: 'incident', death: 'harm', known: 'known' } as const;

/**
 * The benefit as a scheme; id `<lgCode>-<n>` (n counts the place's benefits from 1). Undefined for a
 * benefit whose rules are not recorded as criteria: it is never judged on where the person lives alone.
 * The criteria's own sentences stay on the municipality's page; the reasons name the rule by its article.
 */
export function localScheme(benefit: MunicipalBenefit, place: LocalPlace, n: number, p: SupportPhrases, yen: string): FinderScheme | undefined {
  if (benefit.criteria.length === 0) return undefined;
  const article = benefit.name;
  const l = p.local;
  // A route in the visitor's words, from its thresholds alone.
  const routeText = (r: HarmRoute) =>
    r.minHarm ? `${l.minHarm[r.minHarm]}${r.hospitalDays3 ? l.hospital : ''}` : r.mentalCare ? l.mentalCare : l.disability;
  // Each reason cites the payment by name and is worded from the rule's data: its articles, sources and own
  // (Japanese) sentences are on the place's page, one tap from the result.
  const brief = (c: Criterion): Criterion =>
    ({
      ...c,
      text: '',
      article,
      source: undefined,
      ...('unclearText' in c ? { unclearText: undefined } : {}),
      ...(c.type === 'harm' ? { routes: c.routes.map((r) => ({ ...r, text: routeText(r), article, source: undefined })) } : {}),
      ...(c.type === 'prerequisite' ? { noText: l.no[c.onNo], ...(c.question === 'policeReport' ? { text: l.reported } : {}) } : {}),
      ...(c.type === 'place' ? { abroadText: '' } : {}),
    }) as Criterion;
  return {
    id: `${place.lgCode}-${n}`,
    name: benefit.name,
    kind: 'benefit',
    criteria: [{ type: 'area', prefecture: place.prefCode, ...(place.lgCode === prefectureLgCode(place.prefCode) ? {} : { municipality: place.lgCode }), text: place.name, article }, ...benefit.criteria.map(brief)],
    ...(benefit.deadline
      ? { deadline: { action: p.localApply, limits: [{ months: benefit.deadline.months, from: FROM[benefit.deadline.from], text: fill(l.from[FROM[benefit.deadline.from]], { months: String(benefit.deadline.months) }), article }] } }
      : {}),
    // What it pays, stated with the reasons; who qualifies for each amount, and how to apply, are on the municipality's page.
    conditions: benefit.amounts.map((a) => ({ text: fill(l.amount, { case: a.case, amount: fill(yen, { amount: yenDigits(a.yen) }) }), article })),
    apply: { kind: 'municipality', text: '', article, phones: [], nationalLines: [] },
  };
}
