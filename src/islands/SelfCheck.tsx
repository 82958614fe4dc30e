/**
 * The self-check and support finder: one questionnaire, results for the prefecture's one-stop
 * service and for the nationwide schemes. Answers live in memory only: nothing is sent, stored or
 * put in the URL. The rules, schemes and contacts arrive in one file as the page loads (the same
 * for every visitor), never in answer to an answer. Every word comes from the `words` prop, so the
 * same code serves every language.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { evaluate, HARMS, OFFENCES, offencesOf, type Check, type Rules, type Verdict } from '../domain/eligibility';
import { fill } from '../domain/fill';
import { todayIso } from '../domain/freshness';
import { EMPTY_SUPPORT_ANSWERS, JAPANESE_SHIP, areaOf, questionsNeeded, type SupportAnswers } from '../domain/support';
import { makePlan } from '../domain/plan';
import { markLines } from '../scripts/mark-lines';
import { islandEligibility, type IslandWords } from '../i18n/check-words';
import { loadCheckBundle, type BundleContacts, type CheckBundle } from './check-bundle';
import { Checkboxes, MarkJapanese, Radios, Select, Words } from './fields';
import { JAPANESE_RUN, KANA_RUN } from '../i18n/japanese-runs';
import type { LangInfo } from '../i18n/languages';
import { Cited, SupportResults } from './SupportResults';
import { PlanCalls, PlanFirst, PlanUrgent } from './PlanResults';
import { SupportQuestions, type MonthKey, type YearMonth } from './SupportQuestions';

const EMPTY_MONTHS: Record<MonthKey, YearMonth> = { incidentMonth: { year: 'unknown', month: 'unknown' }, harmMonth: { year: 'unknown', month: 'unknown' } };

interface Props {
  words: IslandWords;
  /** The language's path prefix ('' for Japanese, '/en' …): links and the bundle live under it. */
  prefix: string;
  /** Prefecture codes and names in the page's language. */
  places: [string, string][];
  /** How the page's language writes (LANG_INFO): on a page not in Japanese, Japanese terms in the text are marked lang="ja" (in Chinese, those with kana). */
  script: LangInfo['script'];
}

function CheckItem({ check, url, words }: { check: Check; url?: string; words: IslandWords }) {
  return (
    <li>
      <strong><Words text={words.met[String(check.met) as 'true']} /></strong>: <Words text={check.reason} />
      <span class="article-ref" lang="ja">（{url ? <a href={url} rel="noreferrer">{check.article}</a> : check.article}）</span>
    </li>
  );
}

function Result(props: { verdict: Verdict; rules: Rules; contact?: BundleContacts; name: string; words: IslandWords; prefix: string }) {
  const { verdict, rules, contact, words, name } = props;
  const o = words.oneStop;
  const url = rules.status === 'rules' ? rules.instrument.url : undefined;
  return (
    <section class="result" aria-labelledby={`result-${verdict.code}`}>
      <h3 id={`result-${verdict.code}`}><Words text={fill(o.title, { name })} /></h3>
      <p class={`outcome outcome--${verdict.outcome}`}><Words text={o.outcomes[verdict.outcome]} /></p>
      {verdict.checks.length > 0 && (
        <>
          <h4><Words text={o.checks} /></h4>
          <ul>{verdict.checks.map((c) => <CheckItem check={c} url={url} key={c.rule} words={words} />)}</ul>
        </>
      )}
      {verdict.discretion && <p><Cited {...verdict.discretion} /></p>}
      {verdict.conditions.length > 0 && (
        <>
          <h4><Words text={o.conditions} /></h4>
          <ul>{verdict.conditions.map((c) => <li key={c.article}><Cited {...c} /></li>)}</ul>
        </>
      )}
      {verdict.exclusions.length > 0 && (
        <>
          <h4><Words text={o.exclusions} /></h4>
          <p><Words text={o.exclusionsNote} /></p>
          <ul>{verdict.exclusions.map((c) => <li key={c.article}><Cited {...c} /></li>)}</ul>
        </>
      )}
      <h4><Words text={fill(o.contacts, { name })} /></h4>
      {contact?.established && (
        <p>
          <Words text={fill(o.route, { name })} />
          {contact.coordinator && <>{words.support.sentenceSeparator}<Words text={contact.coordinator} /></>}
        </p>
      )}
      {contact?.href && <p><a href={`${props.prefix}${contact.href}`}><Words text={fill(o.more, { name })} /></a></p>}
    </section>
  );
}

type Loaded = { state: 'loading' } | { state: 'ready'; bundle: CheckBundle } | { state: 'failed' };

export default function SelfCheck({ words, prefix, places, script }: Props) {
  const [answers, setAnswers] = useState<SupportAnswers>(EMPTY_SUPPORT_ANSWERS);
  const [months, setMonths] = useState(EMPTY_MONTHS);
  const [municipality, setMunicipality] = useState('unknown');
  const [shown, setShown] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    loadCheckBundle(prefix).then(
      (bundle) => {
        setLoaded({ state: 'ready', bundle });
        // This page has no "who answers now" script of its own: the island marks the page's lines (the footer's).
        markLines(document, words.hours.now, bundle.holidays, new Date());
      },
      () => setLoaded({ state: 'failed' }),
    );
  }, []);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const set = <K extends keyof SupportAnswers>(key: K) => (value: SupportAnswers[K]) => {
    setAnswers({ ...answers, [key]: value });
    setShown(false);
  };
  const q = words.questions;
  const unknown: [string, string] = ['unknown', words.unknown];
  const placeOptions: [string, string][] = [unknown, ...places, ['abroad', q.abroad]];
  const placeName = (code: string) => places.find(([c]) => c === code)?.[1] ?? code;
  const today = todayIso();
  // A month counts only when both the year and the month are chosen.
  const ym = ({ year, month }: YearMonth) => (year !== 'unknown' && month !== 'unknown' ? `${year}-${month}` : 'unknown');
  const all: SupportAnswers = { ...answers, incidentMonth: ym(months.incidentMonth), harmMonth: ym(months.harmMonth) };
  const codes = [...new Set([answers.residence, answers.incident])].filter((c) => /^\d{2}$/.test(c));
  const bundle = loaded.state === 'ready' ? loaded.bundle : undefined;
  // The bundle carries only prefectures with rules; any other has none registered yet.
  const selected: Rules[] = bundle ? codes.map((code) => bundle.rules.find((r) => r.code === code) ?? { status: 'no-data', code, name: placeName(code), note: '' }) : [];
  const needed = bundle ? questionsNeeded(bundle.schemes, all, today, words.support) : [];
  // The municipality is asked where the site has its 見舞金 or its window's number.
  const localPlaces = new Map<string, string>(
    [...(bundle?.windows ?? []), ...(bundle?.schemes ?? []).flatMap((s) => { const area = areaOf(s); return area?.municipality ? [{ lgCode: area.municipality, name: area.text }] : []; })]
      .filter((m) => m.lgCode.startsWith(answers.residence))
      .map((m) => [m.lgCode, m.name]),
  );
  const now = new Date().toISOString();
  const plan = bundle && shown ? makePlan(bundle, { ...all, municipality }, now, words.support) : undefined;

  return (
    // needs-js: server-rendered, but without JavaScript the form cannot answer (public/no-js.css hides it).
    <MarkJapanese.Provider value={script === 'japanese' ? undefined : script === 'han' ? KANA_RUN : JAPANESE_RUN}>
    <div class="self-check needs-js">
      {/* method="dialog" outside a dialog never navigates: a press before hydration cannot put answers in the URL. */}
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          setShown(true);
          // The plan's heading comes to the top of the screen (below the sticky bar) and takes focus, so it is read out.
          requestAnimationFrame(() => {
            resultHeading.current?.scrollIntoView({ block: 'start' });
            resultHeading.current?.focus({ preventScroll: true });
          });
        }}
      >
        <Checkboxes
          name="offence"
          legend={q.offence}
          hint={q.offenceHint}
          options={OFFENCES.map((o) => [o, words.support.offences[o]] as const)}
          unknown={words.unknown}
          values={offencesOf(answers)}
          onChange={(list) => set('offence')(list.length === 0 ? 'unknown' : list.length === 1 ? list[0] : list)}
        />
        <Radios
          name="harm"
          legend={q.harm}
          options={[...HARMS.map((h) => [h, words.support.harms[h]] as [SupportAnswers['harm'], string]), unknown as [SupportAnswers['harm'], string]]}
          value={answers.harm}
          onChange={set('harm')}
        />
        <Select id="residence" label={q.residence} value={answers.residence} options={placeOptions} onChange={set('residence')} />
        {localPlaces.size > 0 && (
          <Select
            id="municipality"
            label={q.municipality.label}
            hint={q.municipality.hint}
            value={municipality}
            options={[['unknown', q.municipality.other], ...[...localPlaces].sort(([a], [b]) => a.localeCompare(b))]}
            onChange={(value) => {
              setMunicipality(value);
              setShown(false);
            }}
          />
        )}
        <Select id="incident" label={q.incident} value={answers.incident} options={[...placeOptions, [JAPANESE_SHIP, q.japaneseShip]]} onChange={set('incident')} />
        <Radios
          name="policeReport"
          legend={q.policeReport.legend}
          options={[['yes', q.policeReport.options.yes], ['no', q.policeReport.options.no], unknown as ['unknown', string]]}
          value={answers.policeReport}
          onChange={set('policeReport')}
        />
        <SupportQuestions
          words={words}
          needed={needed}
          answers={answers}
          today={today}
          months={months}
          onMonth={(key, value) => {
            setMonths({ ...months, [key]: value });
            setShown(false);
          }}
          set={set}
        />
        <div class="form-actions">
          <button type="submit" class="button"><Words text={words.submit} /></button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setAnswers(EMPTY_SUPPORT_ANSWERS);
              setMonths(EMPTY_MONTHS);
              setMunicipality('unknown');
              setShown(false);
            }}
          >
            <Words text={words.reset} />
          </button>
        </div>
      </form>

      <div class="results" aria-live="polite">
        {shown && (
          <>
            <h2 tabIndex={-1} ref={resultHeading}><Words text={words.results.heading} /></h2>
            {loaded.state === 'loading' && <p class="notice"><Words text={words.results.loading} /></p>}
            {loaded.state === 'failed' && (
              <p class="notice">
                <Words text={words.results.failed} /> <a href="#criteria"><Words text={words.results.criteriaLink} /></a>
              </p>
            )}
            {plan && <PlanFirst plan={plan} words={words} now={now} holidays={bundle!.holidays} />}
            <p><Words text={words.results.disclaimer} /></p>
            {plan && <PlanUrgent plan={plan} words={words} />}
            {plan && <PlanCalls plan={plan} words={words} now={now} holidays={bundle!.holidays} />}
            {bundle && selected.length === 0 && <p class="notice"><Words text={words.results.noPrefecture} /></p>}
            {selected.map((r) => (
              <Result
                key={r.code}
                rules={r}
                verdict={evaluate(r, answers, islandEligibility(words))}
                contact={bundle!.contacts.find((c) => c.code === r.code)}
                name={placeName(r.code)}
                words={words}
                prefix={prefix}
              />
            ))}
            {plan && (
              <SupportResults
                schemes={plan.schemes}
                residence={bundle!.contacts.find((c) => c.code === answers.residence)}
                place={placeName(answers.residence)}
                words={words}
                prefix={prefix}
              />
            )}
          </>
        )}
      </div>
    </div>
    </MarkJapanese.Provider>
  );
}
