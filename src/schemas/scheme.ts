/**
 * A nationwide support scheme (犯給, 公費負担, 法テラス's lawyer schemes, 政府保障事業, the "you can
 * ask for this" information schemes …) as declarative data: who and what it covers, its deadline,
 * what it provides and where to apply. One file per scheme, content/schemes/<id>.yaml.
 *
 * Every criterion and deadline cites its article (or, where no statute exists, names the page and
 * links it in `source`). src/domain/support evaluates these criteria against a visitor's answers.
 */
import { z } from 'astro/zod';
import { HARMS, OFFENCES } from '../domain/eligibility/taxonomy';
import { isoDate, phoneSchema, requiredSources, sourceSchema, translationsOf } from './common';

const article = z.string().min(1, { error: '条文（article）を書いてください。条文がない制度は、根拠のページ名を書き source にURLを入れてください' });
/** The page the criterion was read on, when it is not the law text itself; must be one of the scheme's `sources`. */
const citedSource = z.url({ protocol: /^https?$/, error: 'source は出典（sources）にあるURLで書いてください' }).optional();
/** The words of a node in other languages, next to the Japanese (src/i18n/localise.ts swaps them in); never a fact. */
const words = <K extends string>(...fields: K[]) => ({ translations: translationsOf(Object.fromEntries(fields.map((f) => [f, z.string().min(1)])) as Record<K, z.ZodString>) });
const cited = z.object({ text: z.string().min(1), article, source: citedSource, ...words('text') }).strict();
export type Cited = z.output<typeof cited>;

export const RELATIONS = ['victim', 'family', 'bereaved'] as const;
/** Asset bands in 万円 (cash, deposits, securities), from lowest: 200万円未満 / 200万円以上300万円以下 / 300万円超. */
export const ASSET_BANDS = ['under-200', '200-to-300', 'over-300'] as const;

const offenceCriterion = z
  .object({
    type: z.literal('offence'),
    /** Categories the scheme covers (the harm criterion may still set a threshold). */
    covered: z.array(z.enum(OFFENCES)).min(1),
    /** Categories that may or may not be covered, depending on details: 'unknown', never 'no'. */
    unclear: z.array(z.enum(OFFENCES)).default([]),
    /** Why the unclear categories are unclear. */
    unclearText: z.string().optional(),
    text: z.string().min(1),
    article,
    source: citedSource,
    ...words('text', 'unclearText'),
  })
  .strict();

/** One way to meet the harm criterion. Every condition given must hold. */
const harmRoute = z
  .object({
    text: z.string().min(1),
    article,
    source: citedSource,
    /** Only for these offence categories (default: any the offence criterion allows). */
    offences: z.array(z.enum(OFFENCES)).optional(),
    /** The least serious result of physical harm; 'none' = whatever the harm (未遂を含む). */
    minHarm: z.enum(HARMS).optional(),
    /** Also needs 入院3日以上. */
    hospitalDays3: z.literal(true).optional(),
    /** Met by a doctor treating a crime-caused mental illness (the answer `mentalCare: yes`). */
    mentalCare: z.literal(true).optional(),
    /** Met by a lasting disability (後遺障害・障害が残った). */
    disability: z.literal(true).optional(),
    /** The source does not state the threshold exactly: meeting this route is never more than 'unknown'. */
    uncertain: z.literal(true).optional(),
    ...words('text'),
  })
  .strict()
  .refine((r) => r.minHarm || r.mentalCare || r.disability, { error: 'route には minHarm・mentalCare・disability のどれかを書いてください' });

const harmCriterion = z
  .object({ type: z.literal('harm'), text: z.string().min(1), article, source: citedSource, routes: z.array(harmRoute).min(1), ...words('text') })
  .strict();

/** The act happened in Japan. */
const placeCriterion = z
  .object({
    type: z.literal('place'),
    text: z.string().min(1),
    article,
    source: citedSource,
    abroadText: z.string().min(1),
    /** Also covers a Japanese ship or aircraft outside Japan (犯給法第2条第1項). */
    japaneseShips: z.boolean().default(false),
    ...words('text', 'abroadText'),
  })
  .strict();

/** Japanese nationality or an address in Japan at the time of the crime. */
const nationalityCriterion = z
  .object({ type: z.literal('nationality-or-residence'), text: z.string().min(1), article, source: citedSource, ...words('text') })
  .strict();

const relationCriterion = z
  .object({
    type: z.literal('relation'),
    /** Who can use it in their own name. */
    applicants: z.array(z.enum(RELATIONS)).min(1),
    /** Who can use it only in some cases ('unknown', never 'no'), explained by dependsText. */
    depends: z.array(z.enum(RELATIONS)).default([]),
    dependsText: z.string().optional(),
    /** Family can use it when the victim is a minor (as the 法定代理人, e.g. a parent): why, in the source's terms. */
    minorText: z.string().optional(),
    text: z.string().min(1),
    article,
    source: citedSource,
    ...words('text', 'dependsText', 'minorText'),
  })
  .strict();

const assetsCriterion = z
  .object({
    type: z.literal('assets'),
    /** The highest band that still meets the limit. */
    maxBand: z.enum(['under-200', '200-to-300']),
    text: z.string().min(1),
    article,
    source: citedSource,
    /** A clause that may let someone over the limit in (stated, never assumed). */
    exception: cited.optional(),
    ...words('text'),
  })
  .strict();

/** Something that must have happened, answered by one of the questions. */
const prerequisiteCriterion = z
  .object({
    type: z.literal('prerequisite'),
    question: z.enum(['prosecuted', 'policeReport', 'vehicleKnown', 'bereavedInJapan']),
    /** Asked of these relations only (the bereaved, for a rule on the 遺族 themselves); for others the condition does not apply. */
    onlyFor: z.array(z.enum(RELATIONS)).optional(),
    /** The answer that meets the condition (default yes: a report was made; no: the other car is not known). */
    metOn: z.enum(['yes', 'no']).default('yes'),
    /** What the other answer means: the condition is not met ('not-met'), or it may still be met later or otherwise ('unknown'). `noText` says why. */
    onNo: z.enum(['not-met', 'unknown']),
    text: z.string().min(1),
    noText: z.string().min(1),
    article,
    source: citedSource,
    ...words('text', 'noText'),
  })
  .strict();

/** A condition this site does not ask about (it would identify a person or is not knowable): always 'unknown'. */
const unaskedCriterion = z.object({ type: z.literal('unasked'), text: z.string().min(1), article, source: citedSource, ...words('text') }).strict();

/** Only harm on or after this date is covered. */
const coverageStartCriterion = z
  .object({ type: z.literal('coverage-start'), from: isoDate, text: z.string().min(1), article, source: citedSource, ...words('text') })
  .strict();

/**
 * Where the person lived when the crime happened: a municipality's or prefecture's own 見舞金. Added by the
 * site from the file a local payment is in (src/domain/support/local.ts), not written in content.
 */
const areaCriterion = z
  .object({
    type: z.literal('area'),
    prefecture: z.string().regex(/^\d{2}$/),
    municipality: z.string().regex(/^\d{6}$/).optional(),
    /** The place's name in the page's language. */
    text: z.string().min(1),
    article,
    source: citedSource,
  })
  .strict();

export const criterionSchema = z.discriminatedUnion('type', [
  offenceCriterion,
  harmCriterion,
  placeCriterion,
  nationalityCriterion,
  relationCriterion,
  assetsCriterion,
  prerequisiteCriterion,
  unaskedCriterion,
  coverageStartCriterion,
  areaCriterion,
]);
export type Criterion = z.output<typeof criterionSchema>;

const deadlineLimit = z
  .object({
    months: z.number().int().positive(),
    /**
     * 'incident': counted from the incident (a hard limit). 'known': counted from a day on or after
     * the incident (the day the harm became known, 症状固定日, the day of death): only its earliest
     * end can be told from the incident month. 'harm': counted from the day the death, injury or disability
     * occurred: from the month the visitor gives for a death or disability, else from the incident (then
     * only as an earliest end, since a death or disability may come later).
     */
    from: z.enum(['incident', 'known', 'harm']),
    text: z.string().min(1),
    article,
    source: citedSource,
    ...words('text'),
  })
  .strict();

export const deadlineSchema = z
  .object({
    /** The verb of the text: 申請 / 請求. */
    action: z.string().min(1),
    limits: z.array(deadlineLimit).min(1),
    /** The clause that allows a late application (やむを得ない理由 …), always stated with the deadline. */
    exception: cited.optional(),
    ...words('action'),
  })
  .strict();
export type Deadline = z.output<typeof deadlineSchema>;

export const APPLY_KINDS = ['prefecture-police', 'houterasu', 'insurer', 'prosecutor', 'court', 'municipality', 'correctional-facility'] as const;

export const schemeSchema = z
  .object({
    name: z.string().min(1),
    /** A short everyday name (犯給, 公費負担 …). */
    shortName: z.string().optional(),
    kind: z.enum(['benefit', 'public-expense', 'legal-aid', 'compensation', 'information'], {
      error: 'kind は benefit / public-expense / legal-aid / compensation / information のいずれかです',
    }),
    /** What it gives, in one or two plain sentences. */
    summary: z.string().min(1),
    /** name, shortName and summary in other languages. */
    ...words('name', 'shortName', 'summary'),
    legalBasis: z
      .object({
        /** The law's or the document's title: a citation, shown in Japanese in every language. */
        title: z.string().min(1).optional(),
        /** For a scheme without a statute, what it rests on, in a sentence (translated like other words). */
        text: z.string().min(1).optional(),
        articles: z.array(z.string().min(1)).default([]),
        ...words('text'),
      })
      .strict()
      .refine((b) => b.title || b.text, { error: 'legalBasis には title（法令・文書の名前）か text（法律がない制度の説明）を書いてください' }),
    criteria: z.array(criterionSchema).min(1),
    deadline: deadlineSchema.optional(),
    /** What it pays or provides. */
    provides: z.array(cited).min(1),
    /** Explained in the result, never asked (exclusions, procedural steps, local differences). */
    conditions: z.array(cited).default([]),
    apply: z
      .object({
        kind: z.enum(APPLY_KINDS, { error: `apply.kind は ${APPLY_KINDS.join(' / ')} のいずれかです` }),
        text: z.string().min(1),
        article,
        source: citedSource,
        /** Nationwide numbers for this scheme (shown only under the publication rule). */
        phones: z.array(phoneSchema).default([]),
        /** Ids of content/national/lines.yaml that also lead to this scheme. */
        nationalLines: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
        ...words('text'),
      })
      .strict(),
    sources: requiredSources('制度の情報'),
    checked: isoDate,
    /** For maintainers: what is left out and why. Not published. */
    notes: z.string().optional(),
  })
  .strict()
  .superRefine((scheme, ctx) => {
    const urls = new Set(scheme.sources.map((s) => s.url));
    const check = (source: string | undefined, path: (string | number)[]) => {
      if (source && !urls.has(source)) ctx.addIssue({ code: 'custom', path: [...path, 'source'], message: `source ${source} が出典（sources）にありません` });
    };
    scheme.criteria.forEach((c, i) => {
      check(c.source, ['criteria', i]);
      if (c.type === 'harm') c.routes.forEach((r, j) => check(r.source, ['criteria', i, 'routes', j]));
      if (c.type === 'assets' && c.exception) check(c.exception.source, ['criteria', i, 'exception']);
    });
    scheme.deadline?.limits.forEach((l, i) => check(l.source, ['deadline', 'limits', i]));
    if (scheme.deadline?.exception) check(scheme.deadline.exception.source, ['deadline', 'exception']);
    scheme.provides.forEach((p, i) => check(p.source, ['provides', i]));
    scheme.conditions.forEach((p, i) => check(p.source, ['conditions', i]));
    check(scheme.apply.source, ['apply']);
  });

export type SchemeEntry = z.output<typeof schemeSchema>;

/**
 * A scheme as published (dist/data/support/schemes.json) and as src/domain/support reads it:
 * its id (the file name) added, maintainer notes removed, and only numbers that pass the publication rule.
 */
export const publishedSchemeSchema = z
  .object({ id: z.string().regex(/^[a-z0-9-]+$/) })
  .extend({
    name: z.string(),
    shortName: z.string().optional(),
    kind: z.enum(['benefit', 'public-expense', 'legal-aid', 'compensation', 'information']),
    summary: z.string(),
    ...words('name', 'shortName', 'summary'),
    legalBasis: z.object({ title: z.string().optional(), text: z.string().optional(), articles: z.array(z.string()) }),
    criteria: z.array(criterionSchema),
    deadline: deadlineSchema.optional(),
    provides: z.array(cited),
    conditions: z.array(cited),
    apply: z.object({
      kind: z.enum(APPLY_KINDS),
      text: z.string(),
      article: z.string(),
      source: z.string().optional(),
      phones: z.array(phoneSchema),
      nationalLines: z.array(z.string()),
      ...words('text'),
    }),
    sources: z.array(sourceSchema),
    checked: z.string(),
  });
export type Scheme = z.output<typeof publishedSchemeSchema>;
