import { describe, expect, it } from 'vitest';
import { formatJapaneseDate, monthsBetween } from '../../src/domain/dates';
import { isPublishable, isValidPhoneNumber, telHref } from '../../src/domain/phone';
import { PREFECTURES } from '../../src/domain/prefectures';
import { parseReportTemplate, reportHref } from '../../src/domain/report-link';

describe('phone numbers', () => {
  it.each(['088-623-5111', '0884-23-5111', '0120-8891-77', '0570-078374', '090-1234-5678', '#8891', '110', '189'])(
    'accepts %s',
    (n) => expect(isValidPhoneNumber(n)).toBe(true),
  );
  it.each(['088-623-511', '88-623-5111', '088 623 5111', '(088)623-5111', '#889', '1100', ''])('rejects %j', (n) =>
    expect(isValidPhoneNumber(n)).toBe(false),
  );
  it('dials digits only, with # percent-encoded', () => {
    expect(telHref('088-623-5111')).toBe('tel:0886235111');
    expect(telHref('#8891')).toBe('tel:%238891');
  });
});

describe('publication rule', () => {
  const gov = { url: 'https://www.pref.tokushima.lg.jp/a', kind: 'government' as const };
  const news1 = { url: 'https://www.example-news.jp/a', kind: 'other' as const };
  const news2 = { url: 'https://blog.example.org/b', kind: 'other' as const };
  it('publishes a number from a government or the organisation’s own page', () => {
    expect(isPublishable({ sources: [gov] })).toBe(true);
    expect(isPublishable({ sources: [{ ...news1, kind: 'official' }] })).toBe(true);
  });
  it('publishes a number two independent sites agree on, but not one site twice', () => {
    expect(isPublishable({ sources: [news1, news2] })).toBe(true);
    expect(isPublishable({ sources: [news1, { ...news1, url: 'https://example-news.jp/other' }] })).toBe(false);
    expect(isPublishable({ sources: [news1] })).toBe(false);
  });
  it('never publishes a stale or superseded number, whatever its source', () => {
    expect(isPublishable({ sources: [gov], stale: true })).toBe(false);
    expect(isPublishable({ sources: [gov, news1], superseded: true })).toBe(false);
  });
});

describe('dates in 和暦 with 西暦', () => {
  it.each([
    ['2026-03-16', '令和8年3月16日（2026年）'],
    ['2019-05-01', '令和元年5月1日（2019年）'],
    ['2019-04-30', '平成31年4月30日（2019年）'],
    ['2018-03-30', '平成30年3月30日（2018年）'],
  ])('%s → %s', (iso, shown) => expect(formatJapaneseDate(iso)).toBe(shown));
  it('refuses a malformed date with a message saying the expected form', () => {
    expect(() => formatJapaneseDate('2026/3/16')).toThrow(/YYYY-MM-DD/);
  });
  it('counts whole months for staleness', () => {
    expect(monthsBetween('2025-11-23', '2026-11-23')).toBe(12);
    expect(monthsBetween('2025-11-24', '2026-11-23')).toBe(11);
  });
});

describe('prefecture table', () => {
  it('has the 47 JIS codes in order with unique slugs', () => {
    expect(PREFECTURES.map((p) => p.code)).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(PREFECTURES.map((p) => p.slug)).size).toBe(47);
  });
});

describe('municipality codes and CSV', () => {
  it('checks the JIS X 0402 check digit', async () => {
    const { hasValidCheckDigit } = await import('../../src/domain/municipalities-csv');
    expect(hasValidCheckDigit('011002')).toBe(true); // 札幌市
    expect(hasValidCheckDigit('011003')).toBe(false);
    expect(hasValidCheckDigit('01100')).toBe(false);
  });
  it('names the file and line of a malformed row', async () => {
    const { parseMunicipalitiesCsv } = await import('../../src/domain/municipalities-csv');
    const header = 'lgCode,prefCode,prefecture,name,reading,kind,parentCode';
    expect(() => parseMunicipalitiesCsv(`${header}\n011002,01,北海道,札幌市`, 'm.csv')).toThrow('m.csv: 2行目: 列の数が 4 です（7 列必要）');
    expect(() => parseMunicipalitiesCsv('code,name\n', 'm.csv')).toThrow('m.csv: 1行目');
  });
});

describe('「情報の誤りを知らせる」 link', () => {
  const entry = { title: '徳島県の相談先', url: 'https://example.jp/prefectures/tokushima/', checked: '2026-11-01' };

  it('leads to the /report/ page when the deployment names no address', () => {
    expect(reportHref(parseReportTemplate(undefined), entry)).toBe('/report/');
    expect(reportHref(parseReportTemplate('  '), entry)).toBe('/report/');
  });

  it('fills a mailto template with the entry’s name, page and check date, percent-encoded', () => {
    const href = reportHref(parseReportTemplate('mailto:fix@example.jp?subject={subject}&body={body}'), entry);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe('【情報の誤り】徳島県の相談先');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('ページ: https://example.jp/prefectures/tokushima/');
    expect(body).toContain('最終確認日: 2026-11-01');
    expect(body).toContain('個人の情報は書かないでください');
  });

  it('fills a repository-issue template the same way', () => {
    const href = reportHref(parseReportTemplate('https://github.com/o/r/issues/new?title={subject}&body={body}'), entry);
    expect(new URL(href).searchParams.get('title')).toBe('【情報の誤り】徳島県の相談先');
  });

  it('refuses an address that is neither mailto: nor https://, naming the variable', () => {
    expect(() => parseReportTemplate('http://example.jp/report')).toThrow(/PUBLIC_REPORT_URL/);
    expect(() => parseReportTemplate('javascript:alert(1)')).toThrow(/mailto: か https:\/\//);
  });
});
