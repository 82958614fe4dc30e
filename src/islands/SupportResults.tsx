/**
 * The nationwide part of the results: for each scheme, the outcome in plain words, the checks with
 * their articles, the deadline from the month given, and where the visitor's prefecture applies.
 * Then the chosen municipality's 見舞金, when its rules are on record.
 */
import type { SupportVerdict } from '../domain/support';
import { fill } from '../domain/fill';
import { yenDigits } from '../domain/yen';
import type { CheckWords } from '../i18n/check-words';
import type { BundleContacts, FinderBenefits } from './check-bundle';
import { Fill, Tel, Words } from './fields';

const OUTCOME_ORDER: SupportVerdict['outcome'][] = ['likely', 'unclear', 'outside-criteria'];

/** A clause and its article: the article is a citation and stays in Japanese. */
export function Cited({ text, article }: { text: string; article: string }) {
  return <><Words text={text} /><span class="article-ref" lang="ja">（{article}）</span></>;
}

function Apply({ verdict, residence, words, place }: { verdict: SupportVerdict; residence?: BundleContacts; words: CheckWords; place: string }) {
  const s = words.schemes;
  const police = residence?.lines.filter((l) => l.roleKey === 'police') ?? [];
  return (
    <>
      <h4><Words text={s.apply} /></h4>
      <p><Cited text={verdict.apply.text} article={verdict.apply.article} /></p>
      {verdict.apply.kind === 'prefecture-police' && residence && (
        <p>
          <Words text={fill(s.police, { name: place })} />
          {police.length > 0
            ? police.map((l, i) => <span key={l.number}>{i > 0 && ', '}<span lang="ja">{l.organisation}</span> <Tel number={l.number} /></span>)
            : <Fill template={s.policeUnknown} parts={{ tel: <Tel number="#9110" /> }} />}
        </p>
      )}
      {verdict.apply.phones.map((p) => (
        <p key={p.number}>
          <Words text={p.label ?? s.phone} />: <Tel number={p.number} />
          {p.hours && <span class="article-ref"> <Words text={words.oneStop.hours} /><Words text={p.hours} /></span>}
        </p>
      ))}
    </>
  );
}

function SchemeResult(props: { verdict: SupportVerdict; residence?: BundleContacts; words: CheckWords; place: string; prefix: string }) {
  const { verdict, words } = props;
  const s = words.schemes;
  return (
    <section class="result" aria-labelledby={`scheme-${verdict.id}`}>
      <h3 id={`scheme-${verdict.id}`}><Words text={verdict.name} /></h3>
      <p class={`outcome outcome--${verdict.outcome}`}><Words text={s.outcomes[verdict.outcome]} /></p>
      {verdict.deadline && (
        <p class="notice">
          <Words text={verdict.deadline.passed ? s.passed : verdict.deadline.text} />
          {verdict.deadline.exception && <> <Words text={s.exception} /><Cited {...verdict.deadline.exception} /></>}
        </p>
      )}
      <details>
        <summary><Words text={fill(s.checks, { n: String(verdict.checks.length) })} /></summary>
        <ul>
          {verdict.checks.map((c, i) => (
            <li key={i}><strong><Words text={words.met[String(c.met) as 'true']} /></strong>: <Cited text={c.text} article={c.article} /></li>
          ))}
        </ul>
        {verdict.conditions.length > 0 && (
          <>
            <h4><Words text={s.conditions} /></h4>
            <ul>{verdict.conditions.map((c, i) => <li key={i}><Cited {...c} /></li>)}</ul>
          </>
        )}
      </details>
      <Apply verdict={verdict} residence={props.residence} words={words} place={props.place} />
      <p><a href={`${props.prefix}/support/${verdict.id}/`}><Words text={s.more} /></a></p>
    </section>
  );
}

export function SupportResults(props: { verdicts: SupportVerdict[]; residence?: BundleContacts; place: string; municipality?: FinderBenefits; words: CheckWords; prefix: string }) {
  const { words } = props;
  const sorted = OUTCOME_ORDER.flatMap((o) => props.verdicts.filter((v) => v.outcome === o));
  const m = props.municipality;
  return (
    <>
      <h2><Words text={words.schemes.heading} /></h2>
      <p><Words text={words.schemes.intro} /></p>
      {sorted.map((v) => <SchemeResult key={v.id} verdict={v} residence={props.residence} words={words} place={props.place} prefix={props.prefix} />)}
      {m && (
        <section class="result" aria-labelledby="municipal-benefits">
          <h2 id="municipal-benefits"><Words text={fill(words.benefits.heading, { name: m.name })} /></h2>
          {m.benefits.map((b) => (
            <div key={b.name}>
              <h3 lang="ja">{b.name}</h3>
              <ul>{b.amounts.map((a) => <li key={a.case}><span lang="ja">{a.case}</span>: {fill(words.benefits.yen, { amount: yenDigits(a.yen) })}</li>)}</ul>
              {b.deadline && <p><Words text={words.benefits.deadline} /><span lang="ja">{b.deadline}</span></p>}
            </div>
          ))}
          <p><a href={`${props.prefix}${m.href}`}><Words text={fill(words.benefits.more, { name: m.name })} /></a></p>
        </section>
      )}
    </>
  );
}
