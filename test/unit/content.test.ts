import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data-tools/load-content';
import { isPublishable, telHref } from '../../src/domain/phone';
import { PREFECTURES } from '../../src/domain/prefectures';
import { matchNames, NAME_BUCKETS, queryBucket, rowBuckets, type NameRow } from '../../src/scripts/name-search';

const content = loadContent();

describe('the committed content', () => {
  it('has no schema errors, broken references or misnamed files', () => {
    expect(content.problems).toEqual([]);
  });

  it('has exactly one entry for each prefecture code 01–47', () => {
    const codes = content.prefectures.map((p) => p.data.code).sort();
    expect(codes).toEqual(PREFECTURES.map((p) => p.code));
  });

  it('renders every publishable number as a dialable tel: link', () => {
    const phones = [...content.organisations.values()].map((o) => o.data.phones).concat(content.nationalLines.map((l) => l.data.phones))
      .flatMap((siblings) => siblings.filter((phone) => isPublishable(phone, siblings)));
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(telHref(phone.number)).toMatch(/^tel:(%23\d{4}|\d{3}|0\d{9,10})$/);
  });

  it('never publishes a number marked stale or superseded', () => {
    const flagged = [...content.organisations.values()].flatMap((o) => o.data.phones.filter((p) => p.stale || p.superseded).map((p) => ({ p, siblings: o.data.phones })));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.filter(({ p, siblings }) => isPublishable(p, siblings))).toEqual([]);
  });
});

describe('municipalities', () => {
  it('holds every 市区町村 of the 総務省 list (1,741) and the 171 政令市 wards', () => {
    const wards = content.municipalities.filter((m) => m.kind === '行政区');
    expect(content.municipalities.length - wards.length).toBe(1741);
    expect(wards.length).toBe(171);
    expect(new Set(content.municipalities.map((m) => m.lgCode)).size).toBe(content.municipalities.length);
  });

  it('every ward belongs to a 政令指定都市 in the list', () => {
    const cities = new Set(content.municipalities.filter((m) => m.kind === '政令指定都市').map((m) => m.lgCode));
    expect(cities.size).toBe(20);
    for (const ward of content.municipalities.filter((m) => m.kind === '行政区')) expect(cities).toContain(ward.parentCode);
  });

  it('has readings that search can use, e.g. さっぽろし, はちおうじし', () => {
    const reading = (name: string) => content.municipalities.find((m) => m.name === name)?.reading;
    expect(reading('札幌市')).toBe('さっぽろし');
    expect(reading('八王子市')).toBe('はちおうじし');
  });
});

describe('search names table, published in buckets', () => {
  const content = loadContent();
  const rows: NameRow[] = [
    ...PREFECTURES.map((p): NameRow => [`/prefectures/${p.slug}/`, p.name, p.kana, '都道府県', p.name]),
    ...content.municipalities.map((m): NameRow => [`/m/${m.lgCode}/`, m.name, m.reading, m.kind, m.prefecture]),
  ];
  const buckets = Array.from({ length: NAME_BUCKETS }, (_, b) => rows.filter((row) => rowBuckets(row).includes(b)));

  it('finds every prefecture and municipality by name, hiragana and katakana reading, from the one bucket the query fetches', () => {
    const lost = rows.flatMap((row) =>
      [row[1], row[2], row[2].replace(/[ぁ-ゖ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))]
        .filter((query) => !matchNames(query, buckets[queryBucket(query)!], 1000).some((hit) => hit.url === row[0]))
        .map((query) => `${row[1]}: ${query}`),
    );
    expect(lost).toEqual([]);
  });
});
