/**
 * The nationwide part of the results: for each scheme, the outcome in plain words, the checks with
 * their articles, the deadline from the month given, and where the visitor's prefecture applies.
 * Then the chosen municipality's 見舞金, when its rules are on record.
 */
import type { SupportVerdict } from '../domain/support';
import { OUTCOME_TEXT } from '../domain/support/labels';
import { formatYen } from '../domain/yen';
import type { ContactSummary } from '../lib/contacts';
import type { FinderBenefits } from './check-bundle';
import { Tel } from './fields';

const MET_TEXT: Record<string, string> = { true: 'あてはまる', false: 'あてはまらない', unknown: '判断できない' };
const OUTCOME_ORDER: SupportVerdict['outcome'][] = ['likely', 'unclear', 'outside-criteria'];

function Apply({ verdict, residence }: { verdict: SupportVerdict; residence?: ContactSummary }) {
  const police = residence?.lines.filter((l) => l.roleKey === 'police') ?? [];
  return (
    <>
      <h4>申請のしかた</h4>
      <p>{verdict.apply.text}<span class="article-ref">（{verdict.apply.article}）</span></p>
      {verdict.apply.kind === 'prefecture-police' && residence && (
        <p>
          {residence.name}の警察:{' '}
          {police.length > 0
            ? police.map((l, i) => <span key={l.number}>{i > 0 && '、'}{l.organisation} <Tel number={l.number} /></span>)
            : <>直通番号は確認中です。<Tel number="#9110" /> で申請の窓口を聞けます。</>}
        </p>
      )}
      {verdict.apply.phones.map((p) => <p key={p.number}>{p.label ?? '電話'}: <Tel number={p.number} />{p.hours && <span class="article-ref"> 受付: {p.hours}</span>}</p>)}
    </>
  );
}

function SchemeResult({ verdict, residence }: { verdict: SupportVerdict; residence?: ContactSummary }) {
  return (
    <section class="result" aria-labelledby={`scheme-${verdict.id}`}>
      <h3 id={`scheme-${verdict.id}`}>{verdict.name}</h3>
      <p class={`outcome outcome--${verdict.outcome}`}>{OUTCOME_TEXT[verdict.outcome]}</p>
      {verdict.deadline && (
        <p class="notice">
          {verdict.deadline.passed ? '期限を過ぎている可能性があります。' : `${verdict.deadline.text}。`}
          {verdict.deadline.exception && <> 例外: {verdict.deadline.exception.text}（{verdict.deadline.exception.article}）</>}
        </p>
      )}
      <details>
        <summary>確かめたこと（{verdict.checks.length}項目）</summary>
        <ul>
          {verdict.checks.map((c, i) => (
            <li key={i}><strong>{MET_TEXT[String(c.met)]}</strong>: {c.text}<span class="article-ref">（{c.article}）</span></li>
          ))}
        </ul>
        {verdict.conditions.length > 0 && (
          <>
            <h4>知っておきたいこと</h4>
            <ul>{verdict.conditions.map((c, i) => <li key={i}>{c.text}<span class="article-ref">（{c.article}）</span></li>)}</ul>
          </>
        )}
      </details>
      <Apply verdict={verdict} residence={residence} />
      <p><a href={`/support/${verdict.id}/`}>この制度について詳しく見る（出典つき）</a></p>
    </section>
  );
}

export function SupportResults(props: { verdicts: SupportVerdict[]; residence?: ContactSummary; municipality?: FinderBenefits }) {
  const sorted = OUTCOME_ORDER.flatMap((o) => props.verdicts.filter((v) => v.outcome === o));
  return (
    <>
      <h2>国の制度</h2>
      <p>
        どこに住んでいても使える国の制度です。使える可能性の高いものから並べています。「判断できない」ものも、窓口で確かめれば使えることがあります。
      </p>
      {sorted.map((v) => <SchemeResult key={v.id} verdict={v} residence={props.residence} />)}
      {props.municipality && (
        <section class="result" aria-labelledby="municipal-benefits">
          <h2 id="municipal-benefits">{props.municipality.name}の見舞金</h2>
          {props.municipality.benefits.map((b) => (
            <div key={b.name}>
              <h3>{b.name}</h3>
              <ul>{b.amounts.map((a) => <li key={a.case}>{a.case}: {formatYen(a.yen)}</li>)}</ul>
              {b.deadline && <p>申請の期限: {b.deadline}</p>}
            </div>
          ))}
          <p><a href={props.municipality.href}>{props.municipality.name}の条件と出典を見る</a></p>
        </section>
      )}
    </>
  );
}
