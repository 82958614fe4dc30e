/**
 * A line's hours as the page says them: the sentence rendered from its structure in the page's
 * language, or — where the hours could not be structured — the source's words (a translation of them
 * where the content has one, else the Japanese, marked).
 */
import { describeHours } from '../domain/hours/describe';
import { parseHours } from '../domain/hours/spec';
import { HOURS_WORDS } from '../i18n/hours-words';
import type { Lang } from '../i18n';
import type { Translated } from '../i18n/translated';
import type { Phone } from '../schemas/common';

export function hoursText(phone: Pick<Phone, 'open' | 'hours' | 'translations'>, lang: Lang, fallback?: string): { label: string; value: Translated } | undefined {
  const words = HOURS_WORDS[lang];
  const described = phone.open ? describeHours(parseHours(phone.open), words.describe) : undefined;
  if (described) return { label: words.label, value: { text: described, lang } };
  const translatedText = lang === 'ja' ? undefined : phone.translations?.[lang]?.hours;
  if (translatedText) return { label: words.label, value: { text: translatedText, lang } };
  const source = phone.hours ?? fallback;
  return source ? { label: lang === 'ja' ? words.label : words.sourceText, value: { text: source, lang: 'ja' } } : undefined;
}
