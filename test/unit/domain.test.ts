import { describe, expect, it } from 'vitest';
import { formatJapaneseDate, monthsBetween } from '../../src/domain/dates';
import { isPublishable, isValidPhoneNumber, oldSince, publishedPhones, telHref, type PhoneEvidence, type SourceEvidence } from '../../src/domain/phone';
import { publisherOf, registrableDomain } from '../../src/domain/publisher';
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
  const phone = (sources: SourceEvidence[], more: Partial<PhoneEvidence> = {}): PhoneEvidence => ({ number: '088-623-5111', sources, ...more });

  it('publishes a number from a government or the organisation’s own page', () => {
    expect(isPublishable(phone([gov]))).toBe(true);
    expect(isPublishable(phone([{ ...news1, kind: 'official' }]))).toBe(true);
  });
  it('publishes a number two independent publishers agree on, but not one publisher twice', () => {
    expect(isPublishable(phone([news1, news2]))).toBe(true);
    expect(isPublishable(phone([news1, { ...news1, url: 'https://example-news.jp/other' }]))).toBe(false);
    expect(isPublishable(phone([news1]))).toBe(false);
  });
  it('counts a newspaper’s main and mobile sites as one publisher (same registrable domain)', () => {
    const main = { url: 'https://www.kochinews.co.jp/article/1', kind: 'other' as const };
    const mobile = { url: 'https://mobile.kochinews.co.jp/article/1', kind: 'other' as const };
    expect(isPublishable(phone([main, mobile]))).toBe(false);
  });
  it('counts a portal’s copy of an article as the outlet that wrote it', () => {
    const nhk = { url: 'https://www3.nhk.or.jp/lnews/a', kind: 'other' as const };
    const onYahoo = { url: 'https://news.yahoo.co.jp/articles/x', kind: 'other' as const, publisher: 'nhk.or.jp' };
    expect(isPublishable(phone([nhk, onYahoo]))).toBe(false);
    expect(isPublishable(phone([news1, onYahoo]))).toBe(true);
  });
  it('does not count a portal copy whose original outlet is not stated', () => {
    const onYahoo = { url: 'https://news.yahoo.co.jp/articles/x', kind: 'other' as const };
    expect(isPublishable(phone([news1, onYahoo]))).toBe(false);
  });
  it('never counts a generated summary site or an unofficial mirror, whatever it claims to copy', () => {
    const summary = { url: 'https://city.pier.news/article/14021', kind: 'other' as const };
    const mirror = { url: 'https://37460.2wwsc.group/kurashi/a.html', kind: 'government' as const, publisher: 'city.nishinomiya.lg.jp' };
    expect(publisherOf(summary)).toBeUndefined();
    expect(publisherOf(mirror)).toBeUndefined();
    expect(isPublishable(phone([mirror]))).toBe(false);
    expect(isPublishable(phone([summary, news1]))).toBe(false);
  });
  it('reads the original host from a cache copy’s own name', () => {
    expect(publisherOf({ url: 'https://www-metro-tokyo-lg-jp.cache.yimg.jp/tosei/a.html' })).toBe('metro.tokyo.lg.jp');
  });
  it('never publishes a stale or superseded number, whatever its source', () => {
    expect(isPublishable(phone([gov], { stale: true }))).toBe(false);
    expect(isPublishable(phone([gov, news1], { superseded: true }))).toBe(false);
  });

  describe('conflicting official sources', () => {
    const older = phone([{ ...gov, pageDate: '2015-07-10' }], { number: '03-5607-0799', conflict: 'nana' });
    const newer = phone([{ ...gov, url: 'https://www.soumu.metro.tokyo.lg.jp/b', pageDate: '2024-10-01' }], { number: '03-5577-3899', conflict: 'nana' });
    it('shows only the number of the newest dated official source, and states the other', () => {
      const shown = publishedPhones([older, newer], '2026-12-01');
      expect(shown.map((p) => p.phone.number)).toEqual(['03-5577-3899']);
      expect(shown[0].conflictsWith).toEqual(['03-5607-0799']);
    });
    it('shows neither while no dated official source settles it', () => {
      const undated = phone([gov], { number: '03-5577-3899', conflict: 'nana' });
      expect(publishedPhones([older, { ...undated, sources: [{ ...gov, pageDate: '2015-07-10' }] }], '2026-12-01')).toEqual([]);
      expect(publishedPhones([phone([gov], { conflict: 'x' }), phone([gov], { number: '03-1111-2222', conflict: 'x' })], '2026-12-01')).toEqual([]);
    });
  });

  describe('old evidence', () => {
    it('a number whose every dated source is over five years old is shown with its age', () => {
      const shown = publishedPhones([phone([{ ...gov, pageDate: '2018-10-01' }, { ...news1, pageDate: '2019-02-01' }])], '2026-12-01');
      expect(shown[0].oldSince).toBe('2019-02-01');
    });
    it('one recent dated source makes it current; undated sources say nothing of its age', () => {
      expect(oldSince(phone([{ ...gov, pageDate: '2018-10-01' }, { ...news1, pageDate: '2024-01-01' }]), '2026-12-01')).toBeUndefined();
      expect(oldSince(phone([gov]), '2026-12-01')).toBeUndefined();
    });
  });
});

describe('registrable domains of Japanese publishers', () => {
  it.each([
    ['www.pref.kagawa.lg.jp', 'pref.kagawa.lg.jp'],
    ['www.police.pref.kochi.lg.jp', 'pref.kochi.lg.jp'],
    ['www.city.sendai.miyagi.lg.jp', 'city.sendai.miyagi.lg.jp'],
    ['www.police.pref.kyoto.jp', 'pref.kyoto.jp'],
    ['www.city.fukushima.fukushima.jp', 'city.fukushima.fukushima.jp'],
    ['www3.nhk.or.jp', 'nhk.or.jp'],
    ['news.ksb.co.jp', 'ksb.co.jp'],
    ['sarc-tokyo.org', 'sarc-tokyo.org'],
    ['mykoho.jp', 'mykoho.jp'],
  ])('%s → %s', (host, domain) => expect(registrableDomain(host)).toBe(domain));
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
