import { describe, expect, it } from 'vitest';
import { parseHours } from '../../src/domain/hours/spec';
import { answersOutsideOfficeHours, openNow } from '../../src/domain/hours/open';
import { describeHours } from '../../src/domain/hours/describe';
import { lineStatus } from '../../src/domain/hours/status';
import { holidayTable, isHoliday } from '../../src/domain/hours/holidays';
import { buildHolidayTable } from '../../src/build/holiday-table';
import { HOURS_WORDS } from '../../src/i18n/hours-words';
import { hoursSpec } from '../../src/schemas/common';
import { loadContent } from '../../src/data-tools/load-content';
import { hoursCoverage, shownLines } from '../../src/data-tools/hours-coverage';

// The table the site would ship if built on the day these tests were written, from the real package.
const holidays = buildHolidayTable('2026-12-07');
const OFFICE = parseHours('Mo-Fr 09:00-17:00; PH off; Dec 29-Jan 03 off');
const state = (spec: string, at: string) => openNow(parseHours(spec), at, holidays).state;

describe('the holiday table', () => {
  it('comes from the maintained package and covers the year before the build to two years after it', () => {
    expect(holidays.from).toBe('2025-01-01');
    expect(holidays.to).toBe('2028-12-31');
    expect(isHoliday(holidays, '2027-01-11')).toBe(true); // 成人の日
    expect(isHoliday(holidays, '2027-05-04')).toBe(true); // みどりの日
    expect(isHoliday(holidays, '2027-01-12')).toBe(false);
    expect(isHoliday(holidays, '2029-01-01')).toBeUndefined(); // past the table: not known
  });

  it('is small enough to ship in the page script', () => {
    expect(JSON.stringify(holidays).length).toBeLessThan(300);
  });

  it('keeps substitute holidays the package lists', () => {
    expect(isHoliday(holidayTable(['2027-02-23'], '2027-01-01', '2027-12-31'), '2027-02-23')).toBe(true);
  });
});

describe('open now, in Japan time', () => {
  it('office hours: open on a weekday morning, closed in the evening, on Saturday and on a holiday', () => {
    expect(openNow(OFFICE, '2026-12-08T10:00:00+09:00', holidays).state).toBe('yes'); // Tuesday
    expect(openNow(OFFICE, '2026-12-08T17:00:00+09:00', holidays).state).toBe('no'); // closes at 17:00
    expect(openNow(OFFICE, '2026-12-12T10:00:00+09:00', holidays)).toEqual({ state: 'no', next: { date: '2026-12-14', weekday: 1, minute: 540 } });
    expect(openNow(OFFICE, '2027-01-11T10:00:00+09:00', holidays)).toEqual({ state: 'no', next: { date: '2027-01-12', weekday: 2, minute: 540 } });
  });

  it('year-end days are closed and the next opening is after them', () => {
    expect(openNow(OFFICE, '2026-12-29T10:00:00+09:00', holidays)).toEqual({ state: 'no', next: { date: '2027-01-04', weekday: 1, minute: 540 } });
    expect(state('Mo-Fr 09:00-17:00; Dec 29-Jan 03 unknown', '2026-12-30T10:00:00+09:00')).toBe('unknown');
  });

  it('24-hour lines answer at 2 a.m. on a Sunday and on New Year’s Day', () => {
    expect(state('24/7', '2026-12-13T02:00:00+09:00')).toBe('yes');
    expect(state('24/7', '2027-01-01T03:00:00+09:00')).toBe('yes');
  });

  it('a line whose hours are unknown is never marked open or closed', () => {
    expect(state('unknown', '2026-12-08T10:00:00+09:00')).toBe('unknown');
    expect(lineStatus(undefined, undefined, '2026-12-08T10:00:00+09:00', holidays, HOURS_WORDS.ja.now).open).toBe('unknown');
  });

  it('a holiday the source is silent about is unknown, an ordinary weekday is not', () => {
    expect(state('Mo-Fr 09:00-17:00; PH unknown', '2027-01-11T10:00:00+09:00')).toBe('unknown');
    expect(state('Mo-Fr 09:00-17:00; PH unknown', '2027-01-12T10:00:00+09:00')).toBe('yes');
  });

  it('the same moment reads the same on a device in another time zone', () => {
    // 2026-12-08 10:00 in Japan is 2026-12-07 17:00 in Los Angeles and 01:00 UTC.
    for (const at of ['2026-12-08T10:00:00+09:00', '2026-12-07T17:00:00-08:00', '2026-12-08T01:00:00Z']) expect(state('Mo-Fr 09:00-17:00', at)).toBe('yes');
    // Monday 20:00 in Los Angeles is Tuesday 13:00 in Japan.
    expect(state('Mo 09:00-17:00', '2026-12-07T20:00:00-08:00')).toBe('no');
  });

  it('different hours on given days, several spans a day, and the evening line', () => {
    const spec = 'Mo,Th,Fr 09:30-17:30; Tu,We 09:30-19:00; PH off';
    expect(state(spec, '2026-12-08T18:30:00+09:00')).toBe('yes'); // Tuesday
    expect(state(spec, '2026-12-07T18:30:00+09:00')).toBe('no'); // Monday
    expect(state('Mo-Fr 09:00-12:00,13:00-17:00', '2026-12-08T12:30:00+09:00')).toBe('no');
  });

  it('past the holiday table, a line that closes on holidays is unknown unless the day is closed anyway', () => {
    expect(state('Mo-Fr 09:00-17:00; PH off', '2029-01-09T10:00:00+09:00')).toBe('unknown');
    expect(state('Mo-Fr 09:00-17:00; PH off', '2029-01-06T10:00:00+09:00')).toBe('no'); // a Saturday
    expect(state('24/7', '2029-01-09T10:00:00+09:00')).toBe('yes');
  });
});

describe('the mark a visitor reads', () => {
  it('says when a closed line opens next, in each language', () => {
    const at = '2026-12-13T02:00:00+09:00'; // Sunday
    const spec = 'Mo-Fr 09:00-17:00; PH off';
    expect(lineStatus(spec, undefined, at, holidays, HOURS_WORDS.ja.now)).toEqual({ open: 'no', text: '受付時間外（次は明日9時から）' });
    expect(lineStatus(spec, undefined, at, holidays, HOURS_WORDS.en.now).text).toBe('Closed now (opens tomorrow at 9:00)');
    expect(lineStatus(spec, undefined, at, holidays, HOURS_WORDS.yasashii.now).text).toBe('いまは やすみ（つぎは あした 9{時|じ}から）');
    expect(lineStatus(spec, undefined, '2026-12-11T18:00:00+09:00', holidays, HOURS_WORDS.ja.now).text).toBe('受付時間外（次は月曜9時から）');
  });

  it('a line whose calls go to the national night centre outside its hours answers at any hour', () => {
    const status = lineStatus('Mo-Fr 09:00-17:00; PH off', 'night-centre', '2026-12-13T02:00:00+09:00', holidays, HOURS_WORDS.ja.now);
    expect(status).toEqual({ open: 'yes', text: 'いま受付中（時間外は国の夜間休日コールセンターが受けます）' });
  });
});

describe('hours in every language, from the structure', () => {
  it('reads like the source in Japanese, English and やさしい日本語', () => {
    expect(describeHours(OFFICE, HOURS_WORDS.ja.describe)).toBe('月〜金 9:00–17:00、祝日・年末年始は休み');
    expect(describeHours(OFFICE, HOURS_WORDS.en.describe)).toBe('Mon–Fri 9:00–17:00, closed on public holidays and 29 Dec–3 Jan');
    expect(describeHours(OFFICE, HOURS_WORDS.yasashii.describe)).toBe('{月|げつ}〜{金|きん} 9:00–17:00、{祝日|しゅくじつ}と {年末年始|ねんまつねんし}は やすみ');
  });

  it('groups days with the same hours and names every exception', () => {
    const w = HOURS_WORDS.ja.describe;
    expect(describeHours(parseHours('Mo-Fr 10:00-20:00; Sa 10:00-16:00; PH off; Aug 13-15 off'), w)).toBe('月〜金 10:00–20:00、土 10:00–16:00、祝日・8月13日〜8月15日は休み');
    expect(describeHours(parseHours('07:30-22:00'), w)).toBe('毎日 7:30–22:00');
    expect(describeHours(parseHours('24/7'), w)).toBe('24時間・毎日');
    expect(describeHours(parseHours('Mo-Fr 09:00-17:00; PH unknown'), w)).toBe('月〜金 9:00–17:00、祝日の受付は確認中');
    expect(describeHours(parseHours('unknown'), w)).toBeUndefined();
  });

  it('knows which lines answer outside office hours', () => {
    expect(answersOutsideOfficeHours(OFFICE, false)).toBe(false);
    expect(answersOutsideOfficeHours(OFFICE, true)).toBe(true);
    expect(answersOutsideOfficeHours(parseHours('Mo-Fr 10:00-20:00'), false)).toBe(true);
    expect(answersOutsideOfficeHours(parseHours('Tu-Sa 10:00-16:00'), false)).toBe(true);
    expect(answersOutsideOfficeHours(parseHours('unknown'), false)).toBe(false);
  });
});

describe('the hours schema', () => {
  it('names the rule it cannot read', () => {
    for (const bad of ['Mo-Fx 09:00-17:00', 'Mo-Fr 9-17', 'Mo-Fr 17:00-09:00', 'Dec 32 off', '']) {
      const result = hoursSpec.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error!.issues[0].message).toContain('open の書き方が読めません');
    }
    expect(hoursSpec.safeParse('Mo-Fr 09:00-17:00; PH off; Dec 29-Jan 03 off').success).toBe(true);
  });

  it('every shown line has structured hours or is explicitly unknown', () => {
    const coverage = hoursCoverage(shownLines(loadContent(), '2026-12-07'));
    expect(coverage.missing.map((l) => `${l.file} ${l.number}`)).toEqual([]);
    expect(coverage.structured).toBeGreaterThan(coverage.unknown);
  });
});

describe('the day after a public holiday', () => {
  // 奈良: 火〜土, 「月曜日が祝日のときは、その次の平日も休み」. 2027-01-11 (Mon) is 成人の日.
  const nara = 'Tu-Sa 09:00-17:00; PH off; PH +1 day unknown; Dec 29-Jan 03 off';
  it('is not known after a holiday, and an ordinary Tuesday is open', () => {
    expect(state(nara, '2027-01-12T10:00:00+09:00')).toBe('unknown');
    expect(state(nara, '2027-01-19T10:00:00+09:00')).toBe('yes');
    expect(describeHours(parseHours(nara), HOURS_WORDS.ja.describe)).toBe('火〜土 9:00–17:00、祝日・年末年始は休み、祝日の翌日の受付は確認中');
  });
});
