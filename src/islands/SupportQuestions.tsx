/**
 * The support finder's own questions, each shown only while some nationwide scheme still needs it
 * (questionsNeeded), each saying why it is asked. The month is asked as a year and a month: every
 * date rule works by month, so no day is asked.
 */
import { SUPPORT_QUESTIONS, type SupportAnswers } from '../domain/support';
import { Radios, Select } from './fields';

type Key = Exclude<keyof typeof SUPPORT_QUESTIONS, 'incidentMonth'>;
const RADIO_KEYS: Key[] = ['relation', 'hospitalDays', 'mentalCare', 'disability', 'prosecuted', 'assets'];
const UNKNOWN: [string, string] = ['unknown', 'わからない・答えたくない'];

/** Years offered for the incident month: this year and the 20 before it. */
function yearOptions(today: string): [string, string][] {
  const year = Number(today.slice(0, 4));
  return [UNKNOWN, ...Array.from({ length: 21 }, (_, i) => [String(year - i), `${year - i}年`] as [string, string])];
}
const MONTH_OPTIONS: [string, string][] = [UNKNOWN, ...Array.from({ length: 12 }, (_, i) => [String(i + 1).padStart(2, '0'), `${i + 1}月`] as [string, string])];

export function SupportQuestions(props: {
  needed: readonly (keyof SupportAnswers)[];
  answers: SupportAnswers;
  today: string;
  /** The year and month chosen so far (the answer is a month only when both are chosen). */
  month: { year: string; month: string };
  onMonth: (month: { year: string; month: string }) => void;
  set: <K extends keyof SupportAnswers>(key: K) => (value: SupportAnswers[K]) => void;
}) {
  const { needed, answers } = props;
  const q = SUPPORT_QUESTIONS;
  return (
    <>
      {needed.includes('incidentMonth') && (
        <fieldset class="question">
          <legend>{q.incidentMonth.legend}</legend>
          <p class="question__why">{q.incidentMonth.hint}{q.incidentMonth.why}</p>
          <Select id="incident-year" label="年" value={props.month.year} options={yearOptions(props.today)} onChange={(year) => props.onMonth({ ...props.month, year })} />
          <Select id="incident-month" label="月" value={props.month.month} options={MONTH_OPTIONS} onChange={(month) => props.onMonth({ ...props.month, month })} />
        </fieldset>
      )}
      {RADIO_KEYS.filter((key) => needed.includes(key)).map((key) => (
        <Radios
          key={key}
          name={key}
          legend={q[key].legend}
          why={q[key].why}
          options={q[key].options as readonly (readonly [string, string])[]}
          value={answers[key] as string}
          onChange={(value) => props.set(key)(value as never)}
        />
      ))}
    </>
  );
}
