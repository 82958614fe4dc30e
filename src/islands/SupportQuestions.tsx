/**
 * The support finder's own questions, each shown only while some nationwide scheme still needs it
 * (questionsNeeded), each saying why it is asked. Months are asked as a year and a month: every
 * date rule works by month, so no day is asked.
 */
import type { SupportAnswers } from '../domain/support';
import type { IslandWords } from '../i18n/check-words';
import { Radios, Select, Words } from './fields';

type Key = 'vehicleKnown' | 'relation' | 'victimMinor' | 'bereavedInJapan' | 'hospitalDays' | 'mentalCare' | 'disability' | 'prosecuted' | 'assets';
const RADIO_KEYS: Key[] = ['vehicleKnown', 'relation', 'victimMinor', 'bereavedInJapan', 'hospitalDays', 'mentalCare', 'disability', 'prosecuted', 'assets'];

export type MonthKey = 'incidentMonth' | 'harmMonth';
export type YearMonth = { year: string; month: string };

export function SupportQuestions(props: {
  words: IslandWords;
  needed: readonly (keyof SupportAnswers)[];
  answers: SupportAnswers;
  today: string;
  /** The year and month chosen so far for each month question (an answer only when both are chosen). */
  months: Record<MonthKey, YearMonth>;
  onMonth: (key: MonthKey, value: YearMonth) => void;
  set: <K extends keyof SupportAnswers>(key: K) => (value: SupportAnswers[K]) => void;
}) {
  const { needed, answers, words } = props;
  const q = words.questions;
  const unknown: [string, string] = ['unknown', words.unknown];
  // This year and the 20 before it; month names as the visitor's language writes them.
  const year = Number(props.today.slice(0, 4));
  const years: [string, string][] = [unknown, ...Array.from({ length: 21 }, (_, i) => [String(year - i), String(year - i)] as [string, string])];
  const monthNames: [string, string][] = [unknown, ...words.support.monthNames.map((name, i) => [String(i + 1).padStart(2, '0'), name] as [string, string])];
  const month = (key: MonthKey, id: string, legend: string, why: string) => {
    const value = props.months[key];
    return (
      needed.includes(key) && (
        <fieldset class="question">
          <legend><Words text={legend} /></legend>
          <p class="question__why"><Words text={why} /></p>
          <Select id={`${id}-year`} label={q.incidentMonth.year} value={value.year} options={years} onChange={(y) => props.onMonth(key, { ...value, year: y })} />
          <Select id={`${id}-month`} label={q.incidentMonth.month} value={value.month} options={monthNames} onChange={(m) => props.onMonth(key, { ...value, month: m })} />
        </fieldset>
      )
    );
  };
  return (
    <>
      {month('incidentMonth', 'incident', q.incidentMonth.legend, q.incidentMonth.hint + words.support.sentenceSeparator + q.incidentMonth.why)}
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
      {month('harmMonth', 'harm', q.harmMonth.legend, q.harmMonth.why)}
    </>
  );
}
