/**
 * The top of the results: first, the one line to call and the scheme that matters most; then what is
 * urgent; then every line that fits, grouped by why it fits, each with whether it answers now (and when it
 * opens next) in the visitor's language. The schemes follow in SupportResults.
 */
import type { Plan, PlanCall } from '../domain/plan';
import type { HolidayTable } from '../domain/hours/holidays';
import { lineStatus } from '../domain/hours/status';
import { fill } from '../domain/fill';
import type { IslandWords } from '../i18n/check-words';
import { LineName, Tel, Words } from './fields';

interface Props {
  plan: Plan;
  words: IslandWords;
  now: string;
  holidays: HolidayTable;
}

function Line({ call, words, now, holidays }: { call: PlanCall; words: IslandWords; now: string; holidays: HolidayTable }) {
  const status = lineStatus(call.open, call.afterHours, now, holidays, words.hours.now);
  return (
    <li class="plan-line" data-open={status.open} data-number={call.number}>
      <Tel number={call.number} /> <span class="phone__now" data-now><Words text={status.text} /></span>
      <span class="plan-line__who"><LineName line={call} roles={words.roles} /></span>
      {call.since && <span class="plan-line__note"><Words text={fill(words.oneStop.old, { year: call.since })} /></span>}
    </li>
  );
}

/** The first line to call and the scheme that matters most, before anything else. */
export function PlanFirst({ plan, words, now, holidays }: Props) {
  const p = words.plan;
  const call = plan.calls[0];
  const scheme = plan.schemes.find((s) => s.outcome !== 'outside-criteria');
  return (
    <div class="plan-first" data-plan="first">
      {call && (
        <>
          <p class="plan-first__label"><Words text={p.firstCall} /> — <Words text={p.why[call.why]} /></p>
          <ul class="plan-lines"><Line call={call} words={words} now={now} holidays={holidays} /></ul>
        </>
      )}
      {scheme && (
        <p>
          <span class="plan-first__label"><Words text={p.firstScheme} /></span>{' '}
          <a href={`#scheme-${scheme.id}`}><Words text={scheme.verdict.name} /></a>{' '}
          (<Words text={words.schemes.short[scheme.outcome as 'likely' | 'unclear']} />)
        </p>
      )}
      <button type="button" class="button button--secondary plan-print" onClick={() => window.print()}><Words text={p.print} /></button>
    </div>
  );
}

export function PlanCalls({ plan, words, now, holidays }: Props) {
  const p = words.plan;
  // Grouped by why they fit, in the plan's order (a group comes where its best line comes).
  const groups = [...new Set(plan.calls.map((c) => c.why))].map((why) => ({ why, calls: plan.calls.filter((c) => c.why === why) }));
  return (
    <section class="plan-calls" data-plan="calls" aria-labelledby="plan-calls">
      <h3 id="plan-calls"><Words text={p.calls} /></h3>
      <p><Words text={p.callsIntro} /></p>
      {groups.map(({ why, calls }) => (
        <div key={why} data-why={why}>
          <h4 class="plan-calls__why"><Words text={p.why[why]} /></h4>
          <ul class="plan-lines">{calls.map((call) => <Line key={call.number} call={call} words={words} now={now} holidays={holidays} />)}</ul>
        </div>
      ))}
    </section>
  );
}

export function PlanUrgent({ plan, words }: { plan: Plan; words: IslandWords }) {
  if (plan.urgent.length === 0) return null;
  const p = words.plan;
  return (
    <section class="plan-urgent notice" data-plan="urgent" aria-labelledby="plan-urgent">
      <h3 id="plan-urgent"><Words text={p.urgent} /></h3>
      <ul>
        {plan.urgent.map((u) =>
          u.kind === 'fact' ? (
            <li key={u.id}>
              <Words text={u.text} />{' '}
              <span class="article-ref">
                <Words text={p.sources} />
                {u.sources.map((s, i) => <span key={s.url}>{i > 0 && ', '}<a href={s.url} rel="noreferrer" lang="ja">{s.title ?? s.url}</a></span>)}
              </span>
            </li>
          ) : (
            <li key={u.scheme}><Words text={fill(p.deadline, { name: u.name, text: u.text })} /><span class="article-ref" lang="ja">（{u.article}）</span></li>
          ),
        )}
      </ul>
    </section>
  );
}
