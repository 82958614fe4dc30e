/**
 * The nationwide part of the results, in the plan's order: for each scheme that may apply, the outcome
 * in plain words, the deadline, the checks with their articles, what would settle an unclear one, and
 * where the visitor's prefecture applies. The schemes judged not to apply follow in one closed group,
 * with only the reasons they do not apply. Then the chosen municipality's 見舞金, when on record.
 */
import type { SupportAnswers, SupportVerdict } from '../domain/support';
import type { PlanScheme, Settle } from '../domain/plan';
import { fill } from '../domain/fill';
import type { IslandWords } from '../i18n/check-words';
import type { BundleContacts } from './check-bundle';
import { Fill, LineName, Tel, Words } from './fields';

/** A clause and its article: the article is a citation and stays in Japanese. */
export function Cited({ text, article }: { text: string; article: string }) {
  return <><Words text={text} /><span class="article-ref" lang="ja">（{article}）</span></>;
}

function Apply({ verdict, residence, words, place }: { verdict: SupportVerdict; residence?: BundleContacts; words: IslandWords; place: string }) {
  const s = words.schemes;
  // Where to apply: the police's general lines (a sexual-crime or juvenile line is not the place to ask about a benefit).
  const police = residence?.lines.filter((l) => l.roleKey === 'police' && l.serves === undefined) ?? [];
  return (
    <>
      <h4><Words text={s.apply} /></h4>
      {verdict.apply.text && <p><Cited text={verdict.apply.text} article={verdict.apply.article} /></p>}
      {verdict.apply.kind === 'prefecture-police' && residence && (
        <p>
          <Words text={fill(s.police, { name: place })} />
          {police.length > 0
            ? police.map((l, i) => <span key={l.number}>{i > 0 && ', '}<LineName line={{ ...l, role: l.roleKey }} roles={words.roles} /> <Tel number={l.number} /></span>)
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

/** The page with a scheme's rules and sources (see SupportVerdict.href). */
const moreHref = (verdict: SupportVerdict, prefix: string) => `${prefix}${verdict.href ?? `/support/${verdict.id}/`}`;

/** The words of the question that would settle a scheme. */
function questionText(q: IslandWords['questions'], key: keyof SupportAnswers): string {
  const entry = q[key as keyof IslandWords['questions']];
  return typeof entry === 'string' ? entry : 'legend' in entry ? entry.legend : entry.label;
}

function SettleHint({ settle, words }: { settle: Settle; words: IslandWords }) {
  const p = words.plan;
  return <p class="settle"><Words text={'question' in settle ? fill(p.settleQuestion, { question: questionText(words.questions, settle.question) }) : p.settleCall} /></p>;
}

function SchemeResult(props: { scheme: PlanScheme; residence?: BundleContacts; words: IslandWords; place: string; prefix: string }) {
  const { verdict, settle } = props.scheme;
  const { words } = props;
  const s = words.schemes;
  return (
    <section class="result" aria-labelledby={`scheme-${verdict.id}`} data-scheme={verdict.id} data-outcome={verdict.outcome}>
      <h3 id={`scheme-${verdict.id}`}><Words text={verdict.name} /></h3>
      <p class={`outcome outcome--${verdict.outcome}`}><Words text={s.outcomes[verdict.outcome]} /></p>
      {settle && <SettleHint settle={settle} words={words} />}
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
      <p><a href={moreHref(verdict, props.prefix)}><Words text={s.more} /></a></p>
    </section>
  );
}

/** A scheme judged not to apply: its name and only the reasons it does not (no deadline, no "met" lines). */
function OutsideScheme({ verdict, words, prefix }: { verdict: SupportVerdict; words: IslandWords; prefix: string }) {
  return (
    <section class="result" aria-labelledby={`scheme-${verdict.id}`} data-scheme={verdict.id} data-outcome={verdict.outcome}>
      <h3 id={`scheme-${verdict.id}`}><Words text={verdict.name} /></h3>
      <ul>{verdict.checks.filter((c) => c.met === false).map((c, i) => <li key={i}><Cited text={c.text} article={c.article} /></li>)}</ul>
      <p><a href={moreHref(verdict, prefix)}><Words text={words.schemes.more} /></a></p>
    </section>
  );
}

export function SupportResults(props: { schemes: PlanScheme[]; residence?: BundleContacts; place: string; words: IslandWords; prefix: string }) {
  const { words } = props;
  const outside = props.schemes.filter((s) => s.outcome === 'outside-criteria');
  return (
    <>
      <h2><Words text={words.schemes.heading} /></h2>
      <p><Words text={words.schemes.intro} /></p>
      {props.schemes.filter((s) => s.outcome !== 'outside-criteria').map((s) => <SchemeResult key={s.id} scheme={s} residence={props.residence} words={words} place={props.place} prefix={props.prefix} />)}
      {outside.length > 0 && (
        <details class="plan-outside" data-plan="outside">
          <summary><Words text={fill(words.plan.outside, { n: String(outside.length) })} /></summary>
          {outside.map((s) => <OutsideScheme key={s.id} verdict={s.verdict} words={words} prefix={props.prefix} />)}
        </details>
      )}
    </>
  );
}
