/** Form fields and text helpers shared by the self-check: every question offers 「わからない・答えたくない」. */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { telHref } from '../domain/phone';

import type { BundleLine } from '../domain/plan';
import type { ContactRole } from '../domain/labels';

/** On an English page: wrap Japanese runs in lang="ja", as the build does for the rest of the page. */
/** The runs of Japanese to mark lang="ja" in the island's text: none on a Japanese page, kana runs in Chinese. */
export const MarkJapanese = createContext<RegExp | undefined>(undefined);

function Marked({ text, runs }: { text: string; runs: RegExp }) {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const run of text.matchAll(runs)) {
    parts.push(text.slice(last, run.index), <span lang="ja">{run[0]}</span>);
    last = run.index + run[0].length;
  }
  return <>{[...parts, text.slice(last)]}</>;
}

/** A number to dial, as the pages' Tel component writes it. */
export function Tel({ number }: { number: string }) {
  return <a class="phone__number" href={telHref(number)}>{number}</a>;
}

/** Text with ルビ notation ({漢字|かんじ}) as <ruby>, as src/i18n/ruby.ts renders it on the pages. */
export function Words({ text }: { text: string }) {
  const mark = useContext(MarkJapanese);
  const parts = text.split(/\{([^{}|]+)\|([^{}]+)\}/);
  if (parts.length === 1) return mark ? <Marked text={text} runs={mark} /> : <>{text}</>;
  return <>{parts.map((part, i) => (i % 3 === 1 ? <ruby key={i}>{part}<rt>{parts[i + 1]}</rt></ruby> : i % 3 === 2 ? null : part))}</>;
}

/** A sentence template with components in its {placeholders} ("警察相談専用電話: {tel}"). */
export function Fill({ template, parts }: { template: string; parts: Record<string, ComponentChildren> }) {
  return <>{template.split(/\{([A-Za-z]+)\}/).map((piece, i) => (i % 2 ? parts[piece] : <Words text={piece} key={i} />))}</>;
}

export function Radios<T extends string>(props: { name: string; legend: string; why?: string; options: readonly (readonly [T, string])[]; value: T; onChange: (v: T) => void }) {
  return (
    <fieldset class="question">
      <legend><Words text={props.legend} /></legend>
      {props.why && <p class="question__why"><Words text={props.why} /></p>}
      {props.options.map(([value, label]) => (
        <label class="choice" key={value}>
          <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onChange(value)} />
          <Words text={label} />
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Several answers at once (a robbery with injury): a checkbox each, and 「わからない・答えたくない」 last, which
 * stands for none chosen (choosing it clears the others).
 */
export function Checkboxes<T extends string>(props: { name: string; legend: string; hint: string; options: readonly (readonly [T, string])[]; unknown: string; values: readonly T[]; onChange: (v: T[]) => void }) {
  const { values } = props;
  return (
    <fieldset class="question">
      <legend><Words text={props.legend} /></legend>
      <p class="question__why"><Words text={props.hint} /></p>
      {props.options.map(([value, label]) => (
        <label class="choice" key={value}>
          <input
            type="checkbox"
            name={props.name}
            value={value}
            checked={values.includes(value)}
            onChange={(e) => props.onChange((e.target as HTMLInputElement).checked ? [...values, value] : values.filter((v) => v !== value))}
          />
          <Words text={label} />
        </label>
      ))}
      <label class="choice">
        <input type="checkbox" name={props.name} value="unknown" checked={values.length === 0} onChange={() => props.onChange([])} />
        <Words text={props.unknown} />
      </label>
    </fieldset>
  );
}

/** Options of a <select> cannot hold <ruby>: their labels are given as plain text. */
export function Select(props: { id: string; label: string; hint?: string; value: string; options: readonly (readonly [string, string])[]; onChange: (v: string) => void }) {
  return (
    <div class="question">
      <label for={props.id}><Words text={props.label} /></label>
      {props.hint && <p class="question__why" id={`${props.id}-hint`}><Words text={props.hint} /></p>}
      <select id={props.id} value={props.value} aria-describedby={props.hint ? `${props.id}-hint` : undefined} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
        {props.options.map(([value, label]) => (
          <option value={value} key={value}>{plain(label)}</option>
        ))}
      </select>
    </div>
  );
}

/** Text without its ルビ marks (for places that take plain text only). */
export const plain = (text: string) => text.replace(/\{([^{}|]+)\|[^{}]+\}/g, '$1');

/**
 * Who answers a line, and for what: a Japanese name is marked as one (with its romaji) on a page in another
 * language, and a prefecture's line says what kind of body it is where its own label is not in that language.
 */
export function LineName({ line, roles }: { line: Pick<BundleLine, 'organisation' | 'reading' | 'jaName' | 'label'> & { role?: ContactRole }; roles: Record<ContactRole, string> }) {
  const label = line.label ?? (line.jaName && line.role ? roles[line.role] : undefined);
  return (
    <>
      {line.jaName ? <><span lang="ja" data-name>{line.organisation}</span>{line.reading && ` (${line.reading})`}</> : <Words text={line.organisation} />}
      {label && <> (<Words text={label} />)</>}
    </>
  );
}
