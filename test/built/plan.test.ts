/**
 * makePlan over the bundles the site ships (dist/<lang>/check/bundle.json), for the five visitors of the
 * 2026-12-07 walk and across answer combinations: the first line fits, no line meant for another
 * situation is offered, the scheme that matters comes first, and nothing unrelated is urgent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePlan, type PlanAnswers } from '../../src/domain/plan';
import { EMPTY_SUPPORT_ANSWERS, areaOf, type SupportAnswers } from '../../src/domain/support';
import { HARMS, OFFENCES, offencesOf } from '../../src/domain/eligibility/taxonomy';
import { LANGS, UI, type Lang } from '../../src/i18n';
import { EARLY_KANJI } from '../../src/i18n/kanji-grades';
import { readCheckBundle, type CheckBundle } from '../../src/islands/check-bundle';

const bundle = (lang: Lang): CheckBundle => readCheckBundle(JSON.parse(readFileSync(`dist${lang === 'ja' ? '' : `/${lang}`}/check/bundle.json`, 'utf8')));
const BUNDLES = Object.fromEntries(LANGS.map((lang) => [lang, bundle(lang)])) as Record<Lang, CheckBundle>;
const plan = (lang: Lang, answers: Partial<PlanAnswers>, now: string) => makePlan(BUNDLES[lang], { ...EMPTY_SUPPORT_ANSWERS, ...answers }, now, UI[lang].check.support);
const numbers = (p: ReturnType<typeof plan>) => p.calls.map((c) => c.number);
const firstScheme = (p: ReturnType<typeof plan>) => p.schemes[0];
/** Every line of a prefecture that serves another situation than the one given. */
const otherSituationLines = (lang: Lang, code: string, serves: string) => BUNDLES[lang].contacts.find((c) => c.code === code)!.lines.filter((l) => l.serves && l.serves !== serves).map((l) => l.number);

describe('the five visitors of the walk', () => {
  it('1. a bereaved mother in Sapporo (homicide, March 2025): support line first, no sexual-crime or juvenile line, 犯給 first with its deadline urgent', () => {
    const p = plan('ja', { offence: 'homicide', harm: 'death', residence: '01', incident: '01', policeReport: 'yes', incidentMonth: '2025-03', relation: 'bereaved', bereavedInJapan: 'yes', prosecuted: 'yes', assets: 'under-200' }, '2026-12-07T10:00:00+09:00');
    expect(p.calls[0]).toMatchObject({ number: '0570-783-554', why: 'victim-support-backup', openNow: true });
    for (const n of otherSituationLines('ja', '01', 'none')) expect(numbers(p)).not.toContain(n);
    expect(numbers(p)).toContain('0570-078374'); // 法テラス for legal help
    expect(firstScheme(p)).toMatchObject({ id: 'hankyu', outcome: 'likely' });
    expect(p.urgent).toContainEqual(expect.objectContaining({ kind: 'deadline', scheme: 'hankyu', lastMonth: '2027-03' }));
  });

  it('2. a hit-and-run in Fukuoka with the driver unknown: 政府保障事業 first and likely; the police and 法テラス are offered, no sexual-violence line', () => {
    const p = plan('ja', { offence: 'hit-and-run', harm: 'injury-1m-to-3m', residence: '40', incident: '40', policeReport: 'yes', incidentMonth: '2026-10', relation: 'victim', hospitalDays: '3-plus', vehicleKnown: 'no' }, '2026-12-07T10:00:00+09:00');
    expect(firstScheme(p)).toMatchObject({ id: 'seifu-hosho', outcome: 'likely' });
    expect(p.calls[0].why).toBe('police');
    expect(numbers(p)).toEqual(expect.arrayContaining(['#9110', '0570-078374']));
    expect(numbers(p)).not.toContain('092-409-8100'); // the sexual-violence centre
    expect(p.calls.some((c) => c.why.startsWith('sexual'))).toBe(false);
  });

  it('3. a sexual assault last night in Tokushima, at 2 a.m.: the 24-hour centre first, #8891 and #8103 offered, emergency contraception urgent, the cost scheme first', () => {
    const p = plan('ja', { offence: 'sexual', harm: 'none', residence: '36', incident: '36', policeReport: 'no', incidentMonth: '2026-12' }, '2026-12-07T02:00:00+09:00');
    expect(p.calls[0]).toMatchObject({ number: '088-623-5111', why: 'sexual-violence', openNow: true });
    expect(numbers(p)).toEqual(expect.arrayContaining(['#8891', '#8103']));
    expect(numbers(p).indexOf('#8103')).toBeLessThan(numbers(p).indexOf('#9110'));
    expect(p.urgent.map((u) => (u.kind === 'fact' ? u.id : u.scheme))).toEqual(expect.arrayContaining(['emergency-contraception', 'onestop-care']));
    const fact = p.urgent.find((u) => u.kind === 'fact' && u.id === 'emergency-contraception');
    expect(fact && fact.kind === 'fact' && fact.text).toContain('72時間');
    expect(fact && fact.kind === 'fact' && fact.sources.length).toBeGreaterThan(0);
    expect(firstScheme(p).id).toBe('sexual-crime-public-expense');
  });

  it('4. an English-speaking resident of Tokyo (assault): a line that speaks English first, no sexual-violence or children’s line, words in English', () => {
    const p = plan('en', { offence: 'assault', harm: 'injury-1m-to-3m', residence: '13', incident: '13', policeReport: 'yes', incidentMonth: '2026-11', relation: 'victim', hospitalDays: 'none', mentalCare: 'no', disability: 'no', assets: 'under-200' }, '2026-12-07T10:00:00+09:00');
    expect(p.calls[0]).toMatchObject({ why: 'language', number: '0570-078377' });
    expect(p.calls.some((c) => c.number === '050-3816-2787')).toBe(false); // the visitors' hotline is for tourists
    for (const n of otherSituationLines('en', '13', 'none')) expect(numbers(p)).not.toContain(n);
    expect(p.calls.some((c) => c.why.startsWith('sexual'))).toBe(false);
    expect(p.schemes.find((s) => s.id === 'hankyu')!.verdict.checks.map((c) => c.text).join(' ')).not.toMatch(/[\u3040-\u309f]{3}/);
    expect(firstScheme(p).outcome).toBe('likely');
  });

  it('5. a technical intern in Toyota (robbery), in やさしい日本語: lines in other languages first, the Toyota window offered', () => {
    const p = plan('yasashii', { offence: 'robbery', residence: '23', incident: '23', policeReport: 'yes', incidentMonth: '2026-09', relation: 'victim', assets: 'under-200', municipality: '232114' }, '2026-12-08T10:00:00+09:00');
    expect(p.calls[0].why).toBe('language');
    expect(p.calls).toContainEqual(expect.objectContaining({ number: '0565-34-6859', why: 'municipality' }));
    for (const n of otherSituationLines('yasashii', '23', 'none')) expect(numbers(p)).not.toContain(n);
  });
});

describe('the order of the plan', () => {
  const answers: Partial<SupportAnswers>[] = [];
  for (const offence of [...OFFENCES, 'unknown'] as const)
    for (const harm of [...HARMS, 'unknown'] as const)
      for (const relation of ['victim', 'bereaved', 'unknown'] as const) answers.push({ offence, harm, relation, residence: '13', incident: '13', incidentMonth: '2026-06', policeReport: 'yes' });
  // Offences that happened together: every pair.
  for (const [i, first] of OFFENCES.entries())
    for (const second of OFFENCES.slice(i + 1)) answers.push({ offence: [first, second], harm: 'injury-1m-to-3m', relation: 'victim', residence: '13', incident: '13', incidentMonth: '2026-06', policeReport: 'yes' });

  it('never throws, never puts outside-criteria before another outcome, likely deadlines nearest first, never offers a juvenile line', () => {
    const rank = { likely: 0, unclear: 1, 'outside-criteria': 2 };
    const juvenile = BUNDLES.ja.contacts.flatMap((c) => c.lines.filter((l) => l.serves === 'children').map((l) => l.number));
    expect(juvenile.length).toBeGreaterThan(0);
    for (const lang of ['ja', 'en', 'yasashii'] as const) {
      for (const a of answers) {
        for (const code of ['01', '13', '40']) {
          const p = plan(lang, { ...a, residence: code, incident: code }, '2026-12-13T02:00:00+09:00');
          const outcomes = p.schemes.map((s) => rank[s.outcome]);
          expect(outcomes).toEqual([...outcomes].sort((x, y) => x - y));
          const likely = p.schemes.filter((s) => s.outcome === 'likely' && s.verdict.deadline && !s.verdict.deadline.passed).map((s) => s.verdict.deadline!.lastMonth);
          expect(likely).toEqual([...likely].sort());
          // Every national scheme, and the local payments of the prefecture the visitor lives in.
          expect(p.schemes).toHaveLength(BUNDLES[lang].schemes.filter((s) => (areaOf(s)?.prefecture ?? code) === code).length);
          for (const n of juvenile) expect(p.calls.map((c) => c.number)).not.toContain(n);
          if (!offencesOf(a as SupportAnswers).includes('sexual')) expect(p.calls.filter((c) => c.why === 'sexual-violence-police')).toEqual([]);
          // Lines known to be closed come after every other line.
          const closed = p.calls.map((c) => c.openNow === false);
          expect(closed).toEqual([...closed].sort((x, y) => Number(x) - Number(y)));
          expect(p.calls.at(-1)).toBeDefined();
        }
      }
    }
  });

  it('every unclear scheme says what would settle it', () => {
    const p = plan('ja', { offence: 'assault', residence: '13', incident: '13' }, '2026-12-07T10:00:00+09:00');
    const unclear = p.schemes.filter((s) => s.outcome === 'unclear');
    expect(unclear.length).toBeGreaterThan(0);
    for (const s of unclear) expect(s.settle).toBeDefined();
    expect(unclear.some((s) => s.settle && 'question' in s.settle && s.settle.question === 'harm')).toBe(true);
  });

  it('judges "open now" in Japan time whatever the offset given', () => {
    const a = { offence: 'homicide', harm: 'death', residence: '01', incident: '01', relation: 'bereaved' } as const;
    const tokyo = plan('ja', a, '2026-12-13T02:00:00+09:00');
    const utc = plan('ja', a, '2026-12-12T17:00:00Z');
    expect(utc.calls).toEqual(tokyo.calls);
    expect(tokyo.calls.find((c) => c.number === '0570-783-554')!.openNow).toBe(false); // 7:30–22:00
  });
});

describe('local 見舞金 in the plan', () => {
  it('a hit-and-run victim in 福岡市 is not promised 福岡市’s 見舞金; an assault victim there may get it, with a link to the city’s page', () => {
    const a = { residence: '40', incident: '40', municipality: '401307', policeReport: 'yes', incidentMonth: '2026-10', relation: 'victim', harm: 'injury-1m-to-3m' } as const;
    const hitAndRun = plan('ja', { ...a, offence: 'hit-and-run', vehicleKnown: 'no' }, '2026-12-07T10:00:00+09:00');
    expect(hitAndRun.schemes.find((s) => s.id === '401307-1')!.outcome).toBe('outside-criteria');
    const assault = plan('ja', { ...a, offence: 'assault' }, '2026-12-07T10:00:00+09:00').schemes.find((s) => s.id === '401307-1')!;
    expect(assault.outcome).toBe('likely');
    expect(assault.verdict.href).toBe('/prefectures/fukuoka/401307/');
  });
  it('another prefecture’s 見舞金 is not in a plan', () => {
    const p = plan('ja', { offence: 'assault', residence: '13', incident: '13' }, '2026-12-07T10:00:00+09:00');
    expect(p.schemes.some((s) => s.id.startsWith('40'))).toBe(false);
  });
});

describe('a prefecture’s own 見舞金 in the plan', () => {
  it('a bereaved Tokyo resident is pointed to 東京都’s 見舞金 on the prefecture page, whatever the ward, and its one-year limit is urgent', () => {
    const a = { offence: 'homicide', harm: 'death', relation: 'bereaved', residence: '13', incident: '13', municipality: '132012', policeReport: 'yes', incidentMonth: '2026-03' } as const;
    const tokyo = plan('ja', a, '2026-12-07T10:00:00+09:00').schemes.find((s) => s.id === '130001-1')!;
    expect(tokyo.outcome).toBe('likely');
    expect(tokyo.verdict.href).toBe('/prefectures/tokyo/#benefits-heading');
    expect(plan('en', a, '2026-12-07T10:00:00+09:00').urgent).toContainEqual(expect.objectContaining({ kind: 'deadline', scheme: '130001-1', lastMonth: '2027-03' }));
  });
});

describe('the lines in other languages', () => {
  const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
  it('no line’s label is only Japanese, and a label never repeats the number beside it', () => {
    for (const lang of ['en', 'yasashii'] as const) {
      const b = BUNDLES[lang];
      const lines = [...b.lines, ...b.languageLines, ...b.windows, ...b.contacts.flatMap((c) => c.lines)];
      for (const l of lines) {
        if (lang === 'en') expect(l.label ?? '', `${l.number} ${l.label}`).not.toMatch(JAPANESE);
        else expect([...(l.label ?? '').replace(/\{[^{}|]+\|[^{}]+\}/g, '')].filter((c) => /[\u4e00-\u9fff]/.test(c) && !EARLY_KANJI.has(c)), `${l.number} ${l.label}`).toEqual([]); // kanji above grade 2 only inside {漢字|かな}
      }
    }
    for (const lang of ['ja', 'en', 'yasashii'] as const) {
      for (const l of [...BUNDLES[lang].lines, ...BUNDLES[lang].contacts.flatMap((c) => c.lines)]) expect(l.label?.startsWith(l.number) ?? false, `${lang} ${l.number}`).toBe(false);
    }
  });
  it('a prefecture’s line says what the body is, and its Japanese name comes with a reading where one is recorded', () => {
    const tokyoEn = BUNDLES.en.contacts.find((c) => c.code === '13')!.lines;
    // Its own label is only in Japanese: the plan carries its role, and the island says what the body is (words.roles).
    expect(tokyoEn.find((l) => l.roleKey === 'police')!.label).toBeUndefined();
    const call = plan('en', { offence: 'assault', residence: '13', incident: '13' }, '2026-12-07T10:00:00+09:00').calls.find((c) => c.number === '03-3597-7830')!;
    expect(call).toMatchObject({ role: 'police', jaName: true });
    const withReading = BUNDLES.en.contacts.flatMap((c) => c.lines).filter((l) => l.jaName && /^[A-Z][a-z]/.test(l.reading ?? ''));
    const withRuby = BUNDLES.yasashii.contacts.flatMap((c) => c.lines).filter((l) => l.organisation.startsWith('{'));
    expect(withReading.length).toBeGreaterThan(0);
    expect(withRuby.length).toBe(withReading.length);
  });
});
