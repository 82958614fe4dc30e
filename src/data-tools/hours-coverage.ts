/**
 * Which shown lines carry their hours as data: every number the publication rule lets the site
 * show (organisations, municipal windows, national and language lines, schemes), with its `open` spec.
 */
import { publishedPhones } from '../domain/phone';
import type { Phone } from '../schemas/common';
import type { LoadedContent } from './load-content';

export interface ShownLine {
  file: string;
  number: string;
  open?: string;
  /** The source's hours text, where the line has one. */
  hours?: string;
}

export function shownLines(content: LoadedContent, today: string): ShownLine[] {
  const lines: ShownLine[] = [];
  const add = (file: string, phones: readonly Phone[], hours?: string) => {
    for (const { phone } of publishedPhones(phones, today)) lines.push({ file, number: phone.number, open: phone.open, hours: phone.hours ?? hours });
  };
  for (const { file, data } of content.organisations.values()) add(file, data.phones, data.hours);
  for (const [code, data] of content.municipalWindows) add(`content/municipal-windows/${code}.yaml`, data.phones ?? []);
  for (const { id, data } of content.nationalLines) add(`content/national/lines.yaml (${id})`, data.phones, data.hours);
  for (const { id, data } of content.languageLines) add(`content/national/language-lines.yaml (${id})`, data.phones);
  for (const { file, data } of content.schemes) add(file, data.apply.phones);
  return lines;
}

/** Counts for the data report: structured, explicitly unknown, and missing. */
export function hoursCoverage(lines: readonly ShownLine[]): { shown: number; structured: number; unknown: number; missing: ShownLine[] } {
  const missing = lines.filter((l) => l.open === undefined);
  const unknown = lines.filter((l) => l.open === 'unknown').length;
  return { shown: lines.length, structured: lines.length - missing.length - unknown, unknown, missing };
}
