/**
 * The support finder's own questions, each shown only while some nationwide scheme still needs it
 * (questionsNeeded), each saying why it is asked. The month is asked as a year and a month: every
 * date rule works by month, so no day is asked.
 */
import type { SupportAnswers } from '../domain/support';
import type { CheckWords } from '../i18n/check-words';
import { Radios, Select, Words } from './fields';

type Key = 'vehicleKnown' | 'relation' | 'hospitalDays' | 'mentalCare' | 'disability' | 'prosecuted' | 'assets';
const RADIO_KEYS: Key[] = ['vehicleKnown', 'relation', 'hospitalDays', 'mentalCare', 'disability', 'prosecuted', 'assets'];

export function SupportQuestions(props: {
  words: CheckWords;
  needed: readonly (keyof SupportAnswers)[];
  answers: SupportAnswers;
  today: string;
  /** The year and month chosen so far (the answer is a month only when both are chosen). */
  month: { year: string; month: string };
  onMonth: (month: { year: string; month: string }) => void;
  set: <K extends keyof SupportAnswers>(key: K) => (value: SupportAnswers[K]) => void;
}) {
  const { needed, answers, words } = props;
  const q = words.questions;
  const unknown: [string, string] = ['unknown', words.unknown];
  // This year and the 20 before it; month names as the visitor's language writes them.
  const year = Number(props.today.slice(0, 4));
  const years: [string, string][] = [unknown, ...Array.from({ length: 21 }, (_, i) => [String(year - i), String(year - i)] as [string, string])];
  const months: [string, string][] = [unknown, ...words.support.monthNames.map((name, i) => [String(i + 1).padStart(2, '0'), name] as [string, string])];
  return (
    <>
      {needed.includes('incidentMonth') && (
        <fieldset class="question">
          <legend><Words text={q.incidentMonth.legend} /></legend>
          <p class="question__why"><Words text={q.incidentMonth.hint + words.support.sentenceSeparator + q.incidentMonth.why} /></p>
          <Select id="incident-year" label={q.incidentMonth.year} value={props.month.year} options={years} onChange={(y) => props.onMonth({ ...props.month, year: y })} />
          <Select id="incident-month" label={q.incidentMonth.month} value={props.month.month} options={months} onChange={(m) => props.onMonth({ ...props.month, month: m })} />
        </fieldset>
      )}
      {RADIO_KEYS.filter((key) => needed.includes(key)).map((key) => (
        <Radios
          key={key}
          name={key}
          legend={q[key].legend}
          why={q[key].why}
          options={[...Object.entries(q[key].options), unknown]}
          value={answers[key] as string}
          onChange={(value) => props.set(key)(value as never)}
        />
      ))}
    </>
  );
}
