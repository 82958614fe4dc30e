/**
 * The self-check and support finder: one questionnaire, results for the prefecture's one-stop
 * service and for the nationwide schemes. Answers live in memory only: nothing is sent, stored or
 * put in the URL. The rules, schemes and contacts arrive in one file as the page loads (the same
 * for every visitor), never in answer to an answer.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  evaluate,
  HARM_LABELS,
  HARMS,
  OFFENCE_LABELS,
  OFFENCES,
  type Check,
  type Rules,
  type Verdict,
} from '../domain/eligibility';
import { PREFECTURES } from '../domain/prefectures';
import { todayIso } from '../domain/freshness';
import { EMPTY_SUPPORT_ANSWERS, findSupport, questionsNeeded, type SupportAnswers } from '../domain/support';
import type { ContactSummary } from '../lib/contacts';
import { loadCheckBundle, type CheckBundle } from './check-bundle';
import { Radios, Select, Tel } from './fields';
import { SupportQuestions } from './SupportQuestions';
import { SupportResults } from './SupportResults';

const EMPTY_MONTH = { year: 'unknown', month: 'unknown' };

const OUTCOME_TEXT: Record<Verdict['outcome'], string> = {
  likely: 'お答えの内容からは、対象になる可能性が高いです。',
  unclear: 'お答えの内容だけでは、対象になるか判断できません。相談すれば、窓口で一緒に確かめてもらえます。',
  'outside-criteria': 'お答えの内容は、文書の基準にはあてはまらないようです。それでも、関係機関が特に必要と認めれば支援を受けられることがあります。ほかの支援もありますので、まず相談してください。',
  'no-data': 'この都道府県の対象基準は、まだこのサイトに登録されていません。下の窓口に相談してください。',
};

const MET_TEXT: Record<string, string> = { true: 'あてはまる', false: 'あてはまらない', unknown: '判断できない' };

const PLACE_OPTIONS: [string, string][] = [['unknown', 'わからない・答えたくない'], ...PREFECTURES.map((p) => [p.code, p.name] as [string, string]), ['abroad', '日本国外']];

function CheckItem({ check, url }: { check: Check; url?: string }) {
  return (
    <li>
      <strong>{MET_TEXT[String(check.met)]}</strong>: {check.reason}
      <span class="article-ref">
        （{url ? <a href={url} rel="noreferrer">{check.article}</a> : check.article}）
      </span>
    </li>
  );
}

/** Statements from the instrument, each followed by its article. */
function CitedItems({ items }: { items: { text: string; article: string }[] }) {
  return <ul>{items.map((c) => <li key={c.article}>{c.text}<span class="article-ref">（{c.article}）</span></li>)}</ul>;
}

function Result({ verdict, rules, contact, sexual }: { verdict: Verdict; rules: Rules; contact?: ContactSummary; sexual: boolean }) {
  const url = rules.status === 'rules' ? rules.instrument.url : undefined;
  return (
    <section class="result" aria-labelledby={`result-${verdict.code}`}>
      <h3 id={`result-${verdict.code}`}>{verdict.name}の多機関ワンストップサービス</h3>
      <p class={`outcome outcome--${verdict.outcome}`}>{OUTCOME_TEXT[verdict.outcome]}</p>
      {verdict.checks.length > 0 && (
        <>
          <h4>確かめたこと</h4>
          <ul>{verdict.checks.map((c) => <CheckItem check={c} url={url} key={c.rule} />)}</ul>
        </>
      )}
      {verdict.discretion && (
        <p>
          {verdict.discretion.text}
          <span class="article-ref">（{verdict.discretion.article}）</span>
        </p>
      )}
      {verdict.conditions.length > 0 && (
        <>
          <h4>支援が始まるまで</h4>
          <CitedItems items={verdict.conditions} />
        </>
      )}
      {verdict.exclusions.length > 0 && (
        <>
          <h4>対象にならない場合（文書による）</h4>
          <p>このサイトではこれを質問しません。迷っても、まず相談してください。</p>
          <CitedItems items={verdict.exclusions} />
        </>
      )}
      <h4>{verdict.name}の相談先</h4>
      {contact?.route && <p>{contact.route}</p>}
      <ul class="result-contacts">
        {contact?.lines.map((line) => (
          <li key={line.number}>
            {line.organisation}
            {line.label && `（${line.label}）`}: <Tel number={line.number} />
            {line.hours && <span class="article-ref"> 受付: {line.hours}</span>}
            {line.since && <span class="article-ref">（{line.since}年の資料による番号です。変わっているかもしれません）</span>}
          </li>
        ))}
        {sexual && (
          <li>
            性暴力・性犯罪の相談: <Tel number="#8891" />（近くのワンストップ支援センターにつながります）
          </li>
        )}
        <li>
          警察相談専用電話: <Tel number="#9110" />。いま危険があるときは <Tel number="110" />
        </li>
      </ul>
      {contact?.href && <p><a href={contact.href}>{verdict.name}の相談先と仕組みを詳しく見る</a></p>}
    </section>
  );
}

type Loaded = { state: 'loading' } | { state: 'ready'; bundle: CheckBundle } | { state: 'failed' };

export default function SelfCheck() {
  const [answers, setAnswers] = useState<SupportAnswers>(EMPTY_SUPPORT_ANSWERS);
  const [month, setMonth] = useState(EMPTY_MONTH);
  const [municipality, setMunicipality] = useState('unknown');
  const [shown, setShown] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    loadCheckBundle().then(
      (bundle) => setLoaded({ state: 'ready', bundle }),
      () => setLoaded({ state: 'failed' }),
    );
  }, []);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const set = <K extends keyof SupportAnswers>(key: K) => (value: SupportAnswers[K]) => {
    setAnswers({ ...answers, [key]: value });
    setShown(false);
  };
  const today = todayIso();
  // The month counts only when both the year and the month are chosen.
  const incidentMonth = month.year !== 'unknown' && month.month !== 'unknown' ? `${month.year}-${month.month}` : 'unknown';
  const all: SupportAnswers = { ...answers, incidentMonth };
  const codes = [...new Set([answers.residence, answers.incident])].filter((c) => /^\d{2}$/.test(c));
  const bundle = loaded.state === 'ready' ? loaded.bundle : undefined;
  const selected = bundle ? codes.map((code) => bundle.rules.find((r) => r.code === code)!) : [];
  const needed = bundle ? questionsNeeded(bundle.schemes, all, today) : [];
  const localBenefits = bundle?.benefits.filter((m) => m.prefCode === answers.residence) ?? [];

  return (
    // needs-js: server-rendered, but without JavaScript the form cannot answer (public/no-js.css hides it).
    <div class="self-check needs-js">
      {/* method="dialog" outside a dialog never navigates: a press before hydration cannot put answers in the URL. */}
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          setShown(true);
          requestAnimationFrame(() => resultHeading.current?.focus());
        }}
      >
        <Radios
          name="offence"
          legend="1. どのような被害でしたか"
          options={[...OFFENCES.map((o) => [o, OFFENCE_LABELS[o]] as [SupportAnswers['offence'], string]), ['unknown', 'わからない・答えたくない']]}
          value={answers.offence}
          onChange={set('offence')}
        />
        <Radios
          name="harm"
          legend="2. いちばん重い被害はどれですか（全治は医師の診断による期間）"
          options={[...HARMS.map((h) => [h, HARM_LABELS[h]] as [SupportAnswers['harm'], string]), ['unknown', 'わからない・答えたくない']]}
          value={answers.harm}
          onChange={set('harm')}
        />
        <Select id="residence" label="3. 被害に遭った方が住んでいる都道府県" value={answers.residence} options={PLACE_OPTIONS} onChange={set('residence')} />
        {localBenefits.length > 0 && (
          <Select
            id="municipality"
            label="お住まいの市区町村（任意）"
            hint="次の市区町村には、独自の見舞金があります。選ぶと結果に金額を表示します。"
            value={municipality}
            options={[['unknown', 'ほかの市区町村・答えたくない'], ...localBenefits.map((m) => [m.lgCode, m.name] as [string, string])]}
            onChange={(value) => {
              setMunicipality(value);
              setShown(false);
            }}
          />
        )}
        <Select id="incident" label="4. 事件・事故が起きた都道府県" value={answers.incident} options={PLACE_OPTIONS} onChange={set('incident')} />
        <Radios
          name="policeReport"
          legend="5. 警察に被害を届け出ましたか"
          options={[['yes', 'はい'], ['no', 'いいえ'], ['unknown', 'わからない・答えたくない']]}
          value={answers.policeReport}
          onChange={set('policeReport')}
        />
        <SupportQuestions
          needed={needed}
          answers={answers}
          today={today}
          month={month}
          onMonth={(value) => {
            setMonth(value);
            setShown(false);
          }}
          set={set}
        />
        <div class="form-actions">
          <button type="submit" class="button">結果を見る</button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setAnswers(EMPTY_SUPPORT_ANSWERS);
              setMonth(EMPTY_MONTH);
              setMunicipality('unknown');
              setShown(false);
            }}
          >
            回答を消す
          </button>
        </div>
      </form>

      <div class="results" aria-live="polite">
        {shown && (
          <>
            <h2 tabIndex={-1} ref={resultHeading}>結果</h2>
            <p>これは目安です。最終的には窓口で判断されます。</p>
            {loaded.state === 'loading' && <p class="notice">基準を読み込んでいます。読み込みが終わると、ここに結果が出ます。</p>}
            {loaded.state === 'failed' && (
              <p class="notice">
                基準を読み込めませんでした。ページを再読み込みするか、<a href="#criteria">基準の一覧</a>から都道府県のページをご覧ください。
              </p>
            )}
            {bundle && selected.length === 0 && (
              <p class="notice">都道府県を選ぶと、その都道府県の基準で確かめます。分からないときも、下の全国共通の窓口に相談できます。</p>
            )}
            {selected.map((r) => (
              <Result
                key={r.code}
                rules={r}
                verdict={evaluate(r, answers)}
                contact={bundle!.contacts.find((c) => c.code === r.code)}
                sexual={answers.offence === 'sexual'}
              />
            ))}
            {bundle && (
              <SupportResults
                verdicts={findSupport(bundle.schemes, all, today)}
                residence={bundle.contacts.find((c) => c.code === answers.residence)}
                municipality={localBenefits.find((m) => m.lgCode === municipality)}
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}
