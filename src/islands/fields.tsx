/** Form fields shared by the self-check's questions: every one offers 「わからない・答えたくない」. */
import type { ComponentChildren } from 'preact';
import { telHref } from '../domain/phone';

/** A number to dial, as the pages' Tel component writes it. */
export function Tel({ number }: { number: string }) {
  return <a class="phone__number" href={telHref(number)}>{number}</a>;
}

export function Radios<T extends string>(props: { name: string; legend: string; why?: string; options: readonly (readonly [T, string])[]; value: T; onChange: (v: T) => void }) {
  return (
    <fieldset class="question">
      <legend>{props.legend}</legend>
      {props.why && <p class="question__why">{props.why}</p>}
      {props.options.map(([value, label]) => (
        <label class="choice" key={value}>
          <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onChange(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function Select(props: { id: string; label: string; hint?: ComponentChildren; value: string; options: readonly (readonly [string, string])[]; onChange: (v: string) => void }) {
  return (
    <div class="question">
      <label for={props.id}>{props.label}</label>
      {props.hint && <p class="question__why" id={`${props.id}-hint`}>{props.hint}</p>}
      <select id={props.id} value={props.value} aria-describedby={props.hint ? `${props.id}-hint` : undefined} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
        {props.options.map(([value, label]) => (
          <option value={value} key={value}>{label}</option>
        ))}
      </select>
    </div>
  );
}
