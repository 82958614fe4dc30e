/**
 * A prefecture's 要綱 as declarative rules: which offences at which harm, which combinations of
 * where the victim lives and where it happened, whether a police report matters, and the
 * clauses that are explained rather than asked. Every rule cites its article.
 */
import { z } from 'astro/zod';
import { HARMS, OFFENCES } from '../domain/eligibility/taxonomy';
import { translationsOf } from './common';

const article = z.string().min(1, { error: '条文（article）を書いてください' });
/** The text in other languages, next to the Japanese (src/i18n/localise.ts swaps it in). */
const translations = translationsOf({ text: z.string().min(1) });
const cited = z.object({ text: z.string().min(1), article, translations }).strict();

/** 'in' = this prefecture; 'elsewhere' = another prefecture or abroad; 'any' = anywhere. */
const where = z.enum(['in', 'elsewhere', 'any']);

export const eligibilityRulesSchema = z
  .object({
    /** The article that lists the target offences, cited when an offence is not among them. */
    offencesArticle: article,
    offences: z
      .array(
        z
          .object({
            /** The answer categories this rule covers. */
            offences: z.array(z.enum(OFFENCES)).min(1),
            /** The least serious result the rule covers; 'none' covers attempts without injury (未遂を含む). */
            minHarm: z.enum(HARMS),
            text: z.string().min(1),
            article,
            translations,
          })
          .strict(),
      )
      .min(1),
    /** Offences outside the list that the parties may still take on (その他 / 三者の協議). */
    otherOffences: cited,
    place: z
      .object({
        combinations: z.array(z.object({ residence: where, incident: where, text: z.string().min(1), article, translations }).strict()).min(1),
        /** Whether an act abroad can count: true (with its article), false, or not addressed by the text. */
        abroad: z.discriminatedUnion('counts', [
          z.object({ counts: z.literal(true), article }).strict(),
          z.object({ counts: z.literal(false), article }).strict(),
          z.object({ counts: z.literal('unspecified') }).strict(),
        ]),
      })
      .strict(),
    /** Objective confirmation of the harm; a police report satisfies it, its absence does not rule a case out. */
    objectiveConfirmation: cited.optional(),
    /** Procedural conditions (wishing the service, the parties' judgement): explained, not asked. */
    conditions: z.array(cited).default([]),
    /** Exclusions (暴力団等, 誘発・帰責): explained in the result, never asked. */
    exclusions: z.array(cited).default([]),
    /** The parties may take on a case outside the criteria. */
    discretion: cited,
  })
  .strict();

export type EligibilityRules = z.output<typeof eligibilityRulesSchema>;
