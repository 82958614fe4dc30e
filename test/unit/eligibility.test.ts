/**
 * evaluate() against the published rules of 徳島 and 福岡, read from content/ as the build reads them.
 * One named case per clause, then every combination of answers for every prefecture.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data-tools/load-content';
import { ELIGIBILITY_PHRASES_JA, evaluate, HARMS, OFFENCES, publishedRules, type Answers, type Rules } from '../../src/domain/eligibility';
import { PREFECTURES } from '../../src/domain/prefectures';

const content = loadContent();
const rulesFor = (code: string): Rules => {
  const prefecture = PREFECTURES.find((p) => p.code === code)!;
  const entry = content.prefectures.find((p) => p.data.code === code)?.data;
  return publishedRules(prefecture, entry && { eligibility: entry.eligibility, instrument: entry.scheme.instrument });
};
const TOKUSHIMA = rulesFor('36');
const FUKUOKA = rulesFor('40');

const base: Answers = { offence: 'homicide', harm: 'death', residence: '36', incident: '36', policeReport: 'yes' };
const check = (rules: Rules, answers: Partial<Answers>, rule: string) => {
  const verdict = evaluate(rules, { ...base, ...answers }, ELIGIBILITY_PHRASES_JA);
  const found = verdict.checks.find((c) => c.rule === rule);
  if (!found) throw new Error(`no ${rule} check`);
  return found;
};
const outcome = (rules: Rules, answers: Partial<Answers>) => evaluate(rules, { ...base, ...answers }, ELIGIBILITY_PHRASES_JA).outcome;

describe('徳島県 実施要綱', () => {
  const at36 = { residence: '36', incident: '36' };
  it('publishes real rules', () => expect(TOKUSHIMA.status).toBe('rules'));

  describe('別表1 刑法の罪', () => {
    it('ア 殺人: an attempt without injury counts (未遂を含む)', () => {
      expect(outcome(TOKUSHIMA, { ...at36, offence: 'homicide', harm: 'none' })).toBe('likely');
      expect(check(TOKUSHIMA, { offence: 'homicide', harm: 'none' }, 'offence').article).toBe('別表1(1)ア');
    });
    it('イ 強盗致死傷: robbery counts only with death or injury', () => {
      expect(check(TOKUSHIMA, { offence: 'robbery', harm: 'injury-under-1m' }, 'offence').met).toBe(true);
      expect(check(TOKUSHIMA, { offence: 'robbery', harm: 'death' }, 'offence').met).toBe(true);
      const none = check(TOKUSHIMA, { offence: 'robbery', harm: 'none' }, 'offence');
      expect(none.met).toBe(false);
      expect(none.article).toBe('別表1(1)イ');
    });
    it('ウ・エ 逮捕・監禁, オ 略取・誘拐, カ 人身売買: no injury needed', () => {
      for (const offence of ['confinement', 'kidnapping', 'trafficking'] as const) {
        expect(check(TOKUSHIMA, { offence, harm: 'none' }, 'offence').met, offence).toBe(true);
      }
      expect(check(TOKUSHIMA, { offence: 'kidnapping', harm: 'none' }, 'offence').article).toBe('別表1(1)オ');
    });
    it('キ・ク 傷害: death, or 全治1か月以上', () => {
      expect(check(TOKUSHIMA, { offence: 'assault', harm: 'death' }, 'offence').met).toBe(true);
      expect(check(TOKUSHIMA, { offence: 'assault', harm: 'injury-1m-to-3m' }, 'offence').met).toBe(true);
      expect(check(TOKUSHIMA, { offence: 'assault', harm: 'injury-under-1m' }, 'offence').met).toBe(false);
      expect(check(TOKUSHIMA, { offence: 'assault', harm: 'none' }, 'offence').met).toBe(false);
    });
    it('(2) 性犯罪: whatever the injury', () => {
      for (const harm of HARMS) expect(check(TOKUSHIMA, { offence: 'sexual', harm }, 'offence').met).toBe(true);
      expect(check(TOKUSHIMA, { offence: 'sexual', harm: 'unknown' }, 'offence').met).toBe(true);
    });
  });

  describe('別表2 交通事故', () => {
    it('(1)(2) traffic: death or 全治3か月以上 only', () => {
      expect(check(TOKUSHIMA, { offence: 'traffic', harm: 'death' }, 'offence').met).toBe(true);
      expect(check(TOKUSHIMA, { offence: 'traffic', harm: 'injury-3m-plus' }, 'offence').met).toBe(true);
      expect(check(TOKUSHIMA, { offence: 'traffic', harm: 'injury-1m-to-3m' }, 'offence').met).toBe(false);
    });
    it('(3) 危険運転致死傷: 全治1か月以上 (a lower bar than other traffic cases)', () => {
      const c = check(TOKUSHIMA, { offence: 'dangerous-driving', harm: 'injury-1m-to-3m' }, 'offence');
      expect(c.met).toBe(true);
      expect(c.article).toBe('別表2(3)');
      expect(check(TOKUSHIMA, { offence: 'dangerous-driving', harm: 'injury-under-1m' }, 'offence').met).toBe(false);
    });
    it('ひき逃げ has no row of its own: the traffic rule applies', () => {
      expect(check(TOKUSHIMA, { offence: 'hit-and-run', harm: 'injury-3m-plus' }, 'offence').article).toBe('別表2(1)・(2)');
      expect(check(TOKUSHIMA, { offence: 'hit-and-run', harm: 'injury-1m-to-3m' }, 'offence').met).toBe(false);
    });
  });

  it('別表3 その他: only at the discretion of the window, never likely', () => {
    const c = check(TOKUSHIMA, { offence: 'other' }, 'offence');
    expect(c.met).toBe('unknown');
    expect(c.article).toBe('別表3');
    expect(outcome(TOKUSHIMA, { offence: 'other', harm: 'death' })).toBe('unclear');
  });

  describe('第3条第1項第1号 住まいと事件の場所', () => {
    it('ア 県内に住み県内で被害', () => expect(check(TOKUSHIMA, { residence: '36', incident: '36' }, 'place').article).toBe('第3条第1項第1号ア'));
    it('イ 県内に住み県外で被害', () => expect(check(TOKUSHIMA, { residence: '36', incident: '13' }, 'place').article).toBe('第3条第1項第1号イ'));
    it('ウ 県外に住み県内で被害', () => expect(check(TOKUSHIMA, { residence: '27', incident: '36' }, 'place').article).toBe('第3条第1項第1号ウ'));
    it('県外に住み県外で被害: outside the criteria, with the discretion clause still offered', () => {
      const verdict = evaluate(TOKUSHIMA, { ...base, residence: '27', incident: '13' }, ELIGIBILITY_PHRASES_JA);
      expect(verdict.outcome).toBe('outside-criteria');
      expect(verdict.discretion?.article).toBe('第3条第1項ただし書');
    });
    it('第2条第3項第2号: an act abroad counts for a resident, not for someone living elsewhere', () => {
      const resident = check(TOKUSHIMA, { residence: '36', incident: 'abroad' }, 'place');
      expect(resident.met).toBe(true);
      expect(resident.article).toContain('第2条第3項第2号');
      expect(check(TOKUSHIMA, { residence: '27', incident: 'abroad' }, 'place').met).toBe(false);
      expect(check(TOKUSHIMA, { residence: 'abroad', incident: '36' }, 'place').met).toBe(true);
    });
    it('unknown place: met when every possibility is covered, unknown otherwise', () => {
      expect(check(TOKUSHIMA, { residence: '36', incident: 'unknown' }, 'place').met).toBe(true);
      expect(check(TOKUSHIMA, { residence: 'unknown', incident: '36' }, 'place').met).toBe(true);
      expect(check(TOKUSHIMA, { residence: 'unknown', incident: '13' }, 'place').met).toBe('unknown');
    });
  });

  it('asks nothing about a police report', () => {
    expect(evaluate(TOKUSHIMA, { ...base, policeReport: 'no' }, ELIGIBILITY_PHRASES_JA).checks.map((c) => c.rule)).toEqual(['offence', 'place']);
    expect(outcome(TOKUSHIMA, { policeReport: 'no' })).toBe('likely');
  });

  it('第3条第2項: exclusions are explained in the result, never asked', () => {
    const verdict = evaluate(TOKUSHIMA, base, ELIGIBILITY_PHRASES_JA);
    expect(verdict.exclusions.map((e) => e.article)).toEqual(['第3条第2項第1号', '第3条第2項第2号']);
    expect(verdict.checks.some((c) => c.rule.includes('exclu'))).toBe(false);
  });
});

describe('福岡県 実施要領', () => {
  const at40: Partial<Answers> = { residence: '40', incident: '40' };
  const f = (answers: Partial<Answers>, rule: string) => check(FUKUOKA, { ...at40, ...answers }, rule);

  it('第3条第1号: the listed crimes, attempts included', () => {
    expect(outcome(FUKUOKA, { ...at40, offence: 'homicide', harm: 'none' })).toBe('likely');
    expect(f({ offence: 'sexual', harm: 'none' }, 'offence').met).toBe(true);
    expect(f({ offence: 'robbery', harm: 'none' }, 'offence').met).toBe(false);
    expect(f({ offence: 'assault', harm: 'injury-1m-to-3m' }, 'offence').met).toBe(true);
    expect(f({ offence: 'assault', harm: 'injury-under-1m' }, 'offence').met).toBe(false);
  });

  it('第3条第2号: 危険運転致死傷 at any injury, unlike 徳島', () => {
    expect(f({ offence: 'dangerous-driving', harm: 'injury-under-1m' }, 'offence').met).toBe(true);
    expect(f({ offence: 'dangerous-driving', harm: 'none' }, 'offence').met).toBe(false);
  });

  it('第3条第2号: 死亡ひき逃げ, and hit-and-run with 全治3か月以上 under the traffic rule', () => {
    expect(f({ offence: 'hit-and-run', harm: 'death' }, 'offence').met).toBe(true);
    expect(f({ offence: 'hit-and-run', harm: 'injury-3m-plus' }, 'offence').met).toBe(true);
    expect(f({ offence: 'hit-and-run', harm: 'injury-1m-to-3m' }, 'offence').met).toBe(false);
    expect(f({ offence: 'traffic', harm: 'injury-1m-to-3m' }, 'offence').met).toBe(false);
  });

  it('第3条第3号: other crimes only by the three parties’ agreement', () => {
    expect(f({ offence: 'other' }, 'offence')).toMatchObject({ met: 'unknown', article: '第3条第3号' });
  });

  it('第4条第1号: residence in 福岡県 is what counts; where it happened does not', () => {
    expect(f({ residence: '40', incident: '13' }, 'place').met).toBe(true);
    expect(f({ residence: '41', incident: '40' }, 'place').met).toBe(false);
    expect(outcome(FUKUOKA, { residence: '41', incident: '40' })).toBe('outside-criteria');
  });

  it('an act abroad is not addressed by the 要領: unclear, and the reason says so', () => {
    const c = f({ residence: '40', incident: 'abroad' }, 'place');
    expect(c.met).toBe('unknown');
    expect(c.reason).toContain('国外');
  });

  it('第4条第3号: a police report confirms; no report is not a definite failure', () => {
    expect(f({ policeReport: 'yes' }, 'objective-confirmation').met).toBe(true);
    const no = f({ policeReport: 'no' }, 'objective-confirmation');
    expect(no.met).toBe('unknown');
    expect(no.reason).toContain('対象外とは限りません');
    expect(outcome(FUKUOKA, { ...at40, policeReport: 'no' })).toBe('unclear');
    expect(outcome(FUKUOKA, { ...at40, policeReport: 'yes' })).toBe('likely');
  });

  it('第4条第4号 and ただし書: exclusions explained, discretion offered', () => {
    const verdict = evaluate(FUKUOKA, { ...base, ...at40 }, ELIGIBILITY_PHRASES_JA);
    expect(verdict.exclusions.map((e) => e.article)).toEqual(['第4条第4号ア', '第4条第4号イ', '第4条第4号ウ']);
    expect(verdict.discretion?.article).toBe('第4条ただし書');
  });
});

describe('unknown answers and missing data', () => {
  it('an unknown offence or harm makes the result unclear, never outside', () => {
    expect(outcome(TOKUSHIMA, { offence: 'unknown' })).toBe('unclear');
    expect(outcome(TOKUSHIMA, { offence: 'assault', harm: 'unknown' })).toBe('unclear');
  });
  it('several offences at once: met when any of them is (robbery with injury)', () => {
    expect(outcome(TOKUSHIMA, { offence: ['robbery', 'assault'], harm: 'injury-3m-plus' })).toBe(outcome(TOKUSHIMA, { offence: 'assault', harm: 'injury-3m-plus' }));
    expect(outcome(TOKUSHIMA, { offence: ['traffic', 'sexual'], harm: 'none' })).toBe(outcome(TOKUSHIMA, { offence: 'sexual', harm: 'none' }));
  });
  it('盗撮 and 痴漢 are unclear under a rule for 性犯罪, never met', () => {
    for (const offence of ['voyeurism', 'groping'] as const) {
      const check = evaluate(TOKUSHIMA, { ...base, offence }, ELIGIBILITY_PHRASES_JA).checks.find((c) => c.rule === 'offence')!;
      expect(check.met).toBe('unknown');
      expect(check.reason).toContain('事件の内容によります');
    }
  });
  it('a prefecture without rules says so', () => {
    const noData = PREFECTURES.map((p) => rulesFor(p.code)).find((r) => r.status === 'no-data')!;
    expect(evaluate(noData, base, ELIGIBILITY_PHRASES_JA)).toMatchObject({ outcome: 'no-data', checks: [] });
  });
});

describe('every combination of answers, for every prefecture', () => {
  const places = ['36', '40', '13', 'abroad', 'japanese-ship-or-aircraft', 'unknown'];
  const all = PREFECTURES.map((p) => rulesFor(p.code));
  it('never throws, always gives an outcome, and every check carries an article and a reason', () => {
    const problems: string[] = [];
    let runs = 0;
    for (const rules of all)
      for (const offence of [...OFFENCES, 'unknown' as const])
        for (const harm of [...HARMS, 'unknown' as const])
          for (const residence of [...places, rules.code])
            for (const incident of [...places, rules.code])
              for (const policeReport of ['yes', 'no', 'unknown'] as const) {
                const answers: Answers = { offence, harm, residence, incident, policeReport };
                const verdict = evaluate(rules, answers, ELIGIBILITY_PHRASES_JA);
                runs++;
                const fault =
                  !['likely', 'unclear', 'outside-criteria', 'no-data'].includes(verdict.outcome) ? 'no outcome'
                  : verdict.checks.some((c) => !c.article || !c.reason) ? 'check without article or reason'
                  : offence === 'other' && verdict.outcome === 'likely' ? '"other" judged likely'
                  : verdict.outcome === 'outside-criteria' && !verdict.discretion ? 'outside without discretion clause'
                  : undefined;
                if (fault && problems.length < 10) problems.push(`${rules.code} ${JSON.stringify(answers)}: ${fault}`);
              }
    expect(problems).toEqual([]);
    expect(runs).toBe(47 * (OFFENCES.length + 1) * (HARMS.length + 1) * (places.length + 1) ** 2 * 3);
  });
});
