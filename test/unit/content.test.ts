import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data-tools/load-content';
import { isPublishable, telHref } from '../../src/domain/phone';

const content = loadContent();

describe('the committed content', () => {
  it('has no schema errors, broken references or misnamed files', () => {
    expect(content.problems).toEqual([]);
  });

  it('has at most one entry per prefecture code, each named NN-romaji.mdx', () => {
    const codes = content.prefectures.map((p) => p.data.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain('36');
    expect(codes).toContain('40');
  });

  it('renders every publishable number as a dialable tel: link', () => {
    const phones = [
      ...[...content.organisations.values()].flatMap((o) => o.data.phones),
      ...content.nationalLines.flatMap((l) => l.data.phones),
    ].filter(isPublishable);
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(telHref(phone.number)).toMatch(/^tel:(%23\d{4}|\d{3}|0\d{9,10})$/);
  });

  it('never publishes a number marked stale or superseded', () => {
    const flagged = [...content.organisations.values()].flatMap((o) => o.data.phones).filter((p) => p.stale || p.superseded);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.filter(isPublishable)).toEqual([]);
  });
});
