/**
 * findSupport() against the nationwide schemes in content/schemes, read as the build reads them.
 * One named case per clause, citing the article (or the page where there is none); then deadlines,
 * the honesty rules, questionsNeeded, an exhaustive run, and the scheme schema's messages.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data-tools/load-content';
import {
  EMPTY_SUPPORT_ANSWERS,
  findSupport,
  publishScheme,
  questionsNeeded,
  type SupportAnswers,
  type SupportVerdict,
} from '../../src/domain/support';
import { HARMS, OFFENCES } from '../../src/domain/eligibility';
import { SUPPORT_PHRASES_JA } from '../../src/domain/support/phrases';
import { isPublishable } from '../../src/domain/phone';
import { parseContent } from '../../src/schemas/describe-error';
import { schemeSchema } from '../../src/schemas/scheme';
import { LANGS, UI } from '../../src/i18n';

const content = loadContent();
const SCHEMES = content.schemes.map((s) => publishScheme(s.id, s.data));
const TODAY = '2026-12-01';

/** A clear case: an adult victim of a serious assault in Tokyo this spring, reported, prosecuted, modest savings. */
const base: SupportAnswers = {
  offence: 'assault',
  harm: 'injury-3m-plus',
  residence: '13',
  incident: '13',
  policeReport: 'yes',
  relation: 'victim',
  incidentMonth: '2026-05',
  hospitalDays: '3-plus',
  mentalCare: 'no',
  disability: 'no',
  assets: 'under-200',
  prosecuted: 'yes',
  vehicleKnown: 'unknown',
  victimMinor: 'unknown',
  harmMonth: 'unknown',
  bereavedInJapan: 'unknown',
  municipality: 'unknown',
};
const verdict = (id: string, answers: Partial<SupportAnswers> = {}, today = TODAY): SupportVerdict => {
  const found = findSupport(SCHEMES, { ...base, ...answers }, today, SUPPORT_PHRASES_JA).find((v) => v.id === id);
  if (!found) throw new Error(`no verdict for ${id}`);
  return found;
};
const outcome = (id: string, answers: Partial<SupportAnswers> = {}, today = TODAY) => verdict(id, answers, today).outcome;
const checkOf = (id: string, criterion: string, answers: Partial<SupportAnswers> = {}, today = TODAY) => {
  const found = verdict(id, answers, today).checks.find((c) => c.criterion === criterion);
  if (!found) throw new Error(`no ${criterion} check in ${id}`);
  return found;
};

describe('content/schemes', () => {
  it('has every required scheme and validates', () => {
    expect(content.problems.filter((p) => p.startsWith('content/schemes'))).toEqual([]);
    for (const id of [
      'hankyu',
      'sexual-crime-public-expense',
      'physical-crime-public-expense',
      'shien-bengoshi',
      'houterasu-legal-aid',
      'kokusen-higaisha-sanka',
      'higaisha-sanka-ryohi',
      'seifu-hosho',
      'higaisha-tsuchi',
      'higaisha-renraku',
      'shinjo-dentatsu',
    ]) {
      expect(SCHEMES.map((s) => s.id), id).toContain(id);
    }
  });
  it('every check cites an article', () => {
    for (const v of findSupport(SCHEMES, EMPTY_SUPPORT_ANSWERS, TODAY, SUPPORT_PHRASES_JA)) for (const c of v.checks) expect(c.article, `${v.id} ${c.criterion}`).not.toBe('');
  });
  it('the information schemes are kind "information"', () => {
    for (const id of ['higaisha-tsuchi', 'higaisha-renraku', 'shinjo-dentatsu']) expect(verdict(id).kind).toBe('information');
  });
});

describe('犯罪被害給付制度 (hankyu)', () => {
  it('第2条第1項: an intentional crime against life or body is covered', () => {
    expect(outcome('hankyu')).toBe('likely');
    expect(checkOf('hankyu', 'offence').article).toBe('犯給法第2条第1項');
  });
  it('第2条第1項: a negligent traffic accident is not (過失を除く)', () => {
    const c = checkOf('hankyu', 'offence', { offence: 'traffic' });
    expect(c.met).toBe(false);
    expect(outcome('hankyu', { offence: 'traffic' })).toBe('outside-criteria');
  });
  it('危険運転 is not addressed by any source: unclear, never a no', () => {
    expect(checkOf('hankyu', 'offence', { offence: 'dangerous-driving' }).met).toBe('unknown');
  });
  it('第4条: death → 遺族給付金 (for the bereaved)', () => {
    expect(checkOf('hankyu', 'harm', { harm: 'death', relation: 'bereaved', hospitalDays: 'unknown' }).met).toBe(true);
    expect(outcome('hankyu', { harm: 'death', relation: 'bereaved', bereavedInJapan: 'yes' })).toBe('likely');
  });
  it('第3条 asks the bereaved themselves: nationality or an address in Japan at the time (asked of the bereaved only)', () => {
    expect(outcome('hankyu', { harm: 'death', relation: 'bereaved', bereavedInJapan: 'no' })).toBe('outside-criteria');
    expect(outcome('hankyu', { harm: 'death', relation: 'bereaved', bereavedInJapan: 'unknown' })).toBe('unclear');
    expect(verdict('hankyu').checks.some((c) => c.text.includes('遺族も'))).toBe(false);
    expect(questionsNeeded(SCHEMES, { ...base, harm: 'death', relation: 'bereaved' }, TODAY, SUPPORT_PHRASES_JA)).toContain('bereavedInJapan');
    expect(questionsNeeded(SCHEMES, base, TODAY, SUPPORT_PHRASES_JA)).not.toContain('bereavedInJapan');
  });
  it('第10条: 7 years from the death or disability, not the crime (a later death), counted from the month given', () => {
    const late = { offence: 'assault', harm: 'death', relation: 'bereaved', bereavedInJapan: 'yes', incidentMonth: '2019-09' } as const;
    // Death month not given: the limit may run from a later death, so never outside by date alone.
    expect(outcome('hankyu', { ...late, harmMonth: 'unknown' }, '2026-12-07')).toBe('unclear');
    const v = verdict('hankyu', { ...late, harmMonth: '2025-10' }, '2026-12-07');
    expect(v.outcome).toBe('likely');
    expect(v.deadline).toMatchObject({ passed: false, lastMonth: '2027-10' });
    // A death in the same month as the crime, long ago: passed.
    expect(verdict('hankyu', { ...late, harmMonth: '2019-09' }, '2026-12-07').deadline!.passed).toBe(true);
    expect(questionsNeeded(SCHEMES, { ...base, ...late }, '2026-12-07', SUPPORT_PHRASES_JA)).toContain('harmMonth');
    expect(questionsNeeded(SCHEMES, { ...base, harm: 'injury-3m-plus' }, '2026-12-07', SUPPORT_PHRASES_JA)).not.toContain('harmMonth');
  });
  it('第2条: a crime on a Japanese ship or aircraft outside Japan is covered', () => {
    expect(checkOf('hankyu', 'place', { incident: 'japanese-ship-or-aircraft' }).met).toBe(true);
    expect(checkOf('hankyu', 'place', { incident: 'abroad' }).met).toBe(false);
  });
  it('several offences at once: a robbery with injury meets what the injury meets', () => {
    expect(outcome('physical-crime-public-expense', { offence: ['robbery', 'assault'] })).toBe(outcome('physical-crime-public-expense', { offence: 'assault' }));
    expect(checkOf('higaisha-renraku', 'offence', { offence: ['robbery', 'assault'] }).met).toBe(true);
    expect(checkOf('higaisha-renraku', 'offence', { offence: 'robbery' }).met).toBe('unknown');
  });
  it('重傷病 (physical): 加療1か月以上 and 入院3日以上', () => {
    expect(checkOf('hankyu', 'harm', { harm: 'injury-1m-to-3m', hospitalDays: '3-plus' }).met).toBe(true);
    expect(checkOf('hankyu', 'harm', { harm: 'injury-1m-to-3m', hospitalDays: 'under-3' }).met).toBe(false);
    expect(checkOf('hankyu', 'harm', { harm: 'injury-under-1m', hospitalDays: '3-plus' }).met).toBe(false);
  });
  it('重傷病 (mental, 大分県警察): 1か月以上の治療 and 3日以上働けない, with no physical injury', () => {
    const c = checkOf('hankyu', 'harm', { harm: 'none', hospitalDays: 'none', mentalCare: 'yes' });
    expect(c.met).toBe(true);
    expect(c.text).toContain('心の病気');
    expect(outcome('hankyu', { harm: 'none', hospitalDays: 'none', mentalCare: 'yes' })).toBe('likely');
  });
  it('no physical injury is never "outside" unless mental care is ruled out', () => {
    expect(checkOf('hankyu', 'harm', { harm: 'none', hospitalDays: 'none', mentalCare: 'unknown' }).met).toBe('unknown');
    expect(outcome('hankyu', { harm: 'none', hospitalDays: 'none', mentalCare: 'unknown' })).toBe('unclear');
    expect(outcome('hankyu', { harm: 'none', hospitalDays: 'none', mentalCare: 'no', disability: 'no' })).toBe('outside-criteria');
  });
  it('第4条: a lasting disability → 障害給付金', () => {
    expect(checkOf('hankyu', 'harm', { harm: 'injury-under-1m', hospitalDays: 'none', disability: 'yes' }).met).toBe(true);
  });
  it('第2条第1項: an act abroad is outside, and the ship/aircraft clause is still stated', () => {
    const c = checkOf('hankyu', 'place', { incident: 'abroad' });
    expect(c.met).toBe(false);
    expect(c.text).toContain('日本の船や飛行機');
  });
  it('第3条: living abroad is unclear (Japanese nationality still counts)', () => {
    expect(checkOf('hankyu', 'nationality-or-residence', { residence: 'abroad' }).met).toBe('unknown');
    expect(checkOf('hankyu', 'nationality-or-residence').met).toBe(true);
  });
  it('第5条: a family member of a living victim is unclear (the victim applies)', () => {
    expect(checkOf('hankyu', 'relation', { relation: 'family' }).met).toBe('unknown');
    expect(checkOf('hankyu', 'relation', { relation: 'bereaved' }).met).toBe(true);
  });
  it('applies at the prefectural police (第10条第1項)', () => {
    expect(verdict('hankyu').apply).toMatchObject({ kind: 'prefecture-police', article: '犯給法第10条第1項' });
  });
});

describe('犯給 deadlines (第10条第2項・第3項)', () => {
  it('within 2 years of the incident: 申請できるのは…頃まで', () => {
    const d = verdict('hankyu', { incidentMonth: '2026-05' }).deadline!;
    expect(d).toMatchObject({ lastMonth: '2028-05', passed: false, article: '犯給法第10条第2項' });
    expect(d.text).toContain('申請できるのは2028年5月頃まで');
    expect(d.exception?.article).toBe('犯給法第10条第3項');
  });
  it('the month of the 2-year limit itself still counts (compared by month)', () => {
    expect(checkOf('hankyu', 'deadline', { incidentMonth: '2024-12' }).met).toBe(true);
  });
  it('more than 2 years after the incident but within 7: unclear (the harm may have become known later)', () => {
    const v = verdict('hankyu', { incidentMonth: '2023-05' });
    expect(v.outcome).toBe('unclear');
    expect(v.deadline).toMatchObject({ lastMonth: '2030-05', passed: false });
  });
  it('more than 7 years after the incident: outside, and the やむを得ない理由 exception is still stated', () => {
    const v = verdict('hankyu', { incidentMonth: '2019-10' });
    expect(v.outcome).toBe('outside-criteria');
    expect(v.deadline).toMatchObject({ lastMonth: '2026-10', passed: true });
    expect(v.deadline!.exception!.text).toContain('6か月以内');
    expect(checkOf('hankyu', 'deadline', { incidentMonth: '2019-10' }).text).toContain('第10条第3項');
  });
  it('an unknown month is unclear, never a missed deadline', () => {
    const v = verdict('hankyu', { incidentMonth: 'unknown' });
    expect(v.outcome).toBe('unclear');
    expect(v.deadline).toBeUndefined();
  });
  it('a malformed month is treated as unknown, not as an error', () => {
    expect(outcome('hankyu', { incidentMonth: '2026/05' })).toBe('unclear');
  });
});

describe('性犯罪被害者の公費負担 (警察庁・各都道府県警察の要綱)', () => {
  it('covers sexual crimes (愛知県警察 要綱2)', () => expect(outcome('sexual-crime-public-expense', { offence: 'sexual', harm: 'none' })).toBe('likely'));
  it('other crimes are outside this scheme', () => expect(outcome('sexual-crime-public-expense', { offence: 'assault' })).toBe('outside-criteria'));
  it('robbery, kidnapping, trafficking and confinement may include a sexual offence (要綱2: 刑法241条・243条), 盗撮 and 痴漢 may be one: unclear', () => {
    for (const offence of ['robbery', 'kidnapping', 'trafficking', 'confinement', 'voyeurism', 'groping'] as const) {
      expect(checkOf('sexual-crime-public-expense', 'offence', { offence }).met, offence).toBe('unknown');
    }
  });
  it('not reported yet: unclear, never a no (reporting is the usual condition; it can still be done)', () => {
    expect(outcome('sexual-crime-public-expense', { offence: 'sexual', policeReport: 'no' })).toBe('unclear');
  });
  it('points to #8103 through the national lines', () => expect(verdict('sexual-crime-public-expense').apply.nationalLines).toEqual(['police-8103']));
});

describe('身体犯の公費負担 (警察庁「公費負担制度」)', () => {
  it('殺人・傷害 are covered', () => expect(outcome('physical-crime-public-expense', { offence: 'homicide', harm: 'death' })).toBe('likely'));
  it('other categories depend on the prefecture: unclear', () => expect(outcome('physical-crime-public-expense', { offence: 'robbery' })).toBe('unclear'));
});

describe('犯罪被害者等法律援助 (shien-bengoshi, 総合法律支援法第30条第1項第9号)', () => {
  it('イ: homicide, attempts included (no injury needed)', () => {
    expect(outcome('shien-bengoshi', { offence: 'homicide', harm: 'none' })).toBe('likely');
  });
  it('イ: sexual offences, attempts included', () => expect(outcome('shien-bengoshi', { offence: 'sexual', harm: 'none' })).toBe('likely'));
  it('ロ: an injury crime with treatment of 3 months or more', () => expect(outcome('shien-bengoshi')).toBe('likely'));
  it('ロ: a shorter injury is outside only when mental care is ruled out', () => {
    expect(outcome('shien-bengoshi', { harm: 'injury-1m-to-3m', mentalCare: 'no' })).toBe('outside-criteria');
    expect(outcome('shien-bengoshi', { harm: 'injury-1m-to-3m', mentalCare: 'unknown' })).toBe('unclear');
  });
  it('ロ: a lasting disability (障害等級1〜14級) counts', () => expect(outcome('shien-bengoshi', { harm: 'injury-under-1m', disability: 'yes' })).toBe('likely'));
  it('a negligent traffic accident is outside', () => expect(outcome('shien-bengoshi', { offence: 'traffic' })).toBe('outside-criteria'));
  it('施行日: harm before 2026-01-13 is outside; January 2026 is unclear (by day); later is in', () => {
    expect(checkOf('shien-bengoshi', 'coverage-start', { incidentMonth: '2025-12' }).met).toBe(false);
    expect(outcome('shien-bengoshi', { incidentMonth: '2025-12' })).toBe('outside-criteria');
    expect(checkOf('shien-bengoshi', 'coverage-start', { incidentMonth: '2026-01' }).met).toBe('unknown');
    expect(checkOf('shien-bengoshi', 'coverage-start', { incidentMonth: '2026-02' }).met).toBe(true);
  });
  it('資力: applicant and spouse 300万円以下; over it is unclear, as a spouse is not always counted', () => {
    expect(checkOf('shien-bengoshi', 'assets', { assets: '200-to-300' }).met).toBe(true);
    const over = checkOf('shien-bengoshi', 'assets', { assets: 'over-300' });
    expect(over.met).toBe('unknown');
    expect(over.text).toContain('配偶者の資産を合計に加えません');
  });
  it('総合法律支援法第6条: the bereaved of a homicide are 被害者等; family only if the victim is seriously impaired', () => {
    expect(checkOf('shien-bengoshi', 'relation', { relation: 'bereaved' }).met).toBe(true);
    expect(outcome('shien-bengoshi', { offence: 'homicide', harm: 'death', relation: 'bereaved', incidentMonth: '2026-03' })).toBe('likely');
    expect(checkOf('shien-bengoshi', 'relation', { relation: 'family' }).met).toBe('unknown');
  });
  it('盗撮 and 痴漢 are not the 刑法 sexual offences it covers', () => {
    for (const id of ['shien-bengoshi', 'kokusen-higaisha-sanka', 'higaisha-sanka-ryohi']) {
      expect(outcome(id, { offence: 'voyeurism' }), id).toBe('outside-criteria');
      expect(outcome(id, { offence: 'groping' }), id).toBe('outside-criteria');
    }
  });
});

describe('法テラス 犯罪被害者支援ダイヤル (0120-079714 / 0570-079714)', () => {
  it('neither number is shown until an official houterasu.or.jp page settles the conflict', () => {
    const entry = content.schemes.find((s) => s.id === 'shien-bengoshi')!.data;
    const numbers = entry.apply.phones.map((p) => p.number);
    expect(numbers).toEqual(['0120-079714', '0570-079714']);
    expect(entry.apply.phones.every((p) => p.conflict === 'houterasu-victim-dial' && !isPublishable(p, entry.apply.phones))).toBe(true);
    expect(verdict('shien-bengoshi').apply.phones).toEqual([]);
    expect(SCHEMES.find((s) => s.id === 'shien-bengoshi')!.apply.phones).toEqual([]);
  });
});

describe('犯罪被害者法律援助 (日弁連委託援助, 法テラス)', () => {
  it('covers crimes against life, body, liberty and sexual freedom', () => expect(outcome('houterasu-legal-aid')).toBe('likely'));
  it('family and bereaved may apply', () => expect(checkOf('houterasu-legal-aid', 'relation', { relation: 'family' }).met).toBe(true));
  it('資力 300万円以下: over it is unclear, not outside, because the やむを得ない事情 exception may apply', () => {
    const c = checkOf('houterasu-legal-aid', 'assets', { assets: 'over-300' });
    expect(c.met).toBe('unknown');
    expect(c.text).toContain('やむを得ない事情');
  });
});

describe('国選被害者参加弁護士 (刑事訴訟法第316条の33第1項)', () => {
  it('the parents of a minor victim take part as its 法定代理人 (法務省「被害者参加制度」)', () => {
    for (const id of ['kokusen-higaisha-sanka', 'higaisha-sanka-ryohi']) {
      expect(checkOf(id, 'relation', { relation: 'family', victimMinor: 'yes' }).met, id).toBe(true);
      const unknown = checkOf(id, 'relation', { relation: 'family', victimMinor: 'unknown' });
      expect(unknown.met, id).toBe('unknown');
      expect(unknown.text, id).toContain('法定代理人');
    }
    expect(questionsNeeded(SCHEMES, { ...base, relation: 'family' }, TODAY, SUPPORT_PHRASES_JA)).toContain('victimMinor');
    expect(questionsNeeded(SCHEMES, base, TODAY, SUPPORT_PHRASES_JA)).not.toContain('victimMinor');
  });
  it('needs a prosecution: 不起訴 is outside', () => {
    expect(checkOf('kokusen-higaisha-sanka', 'prerequisite', { prosecuted: 'no' }).met).toBe(false);
    expect(checkOf('kokusen-higaisha-sanka', 'prerequisite', { prosecuted: 'unknown' }).met).toBe('unknown');
  });
  it('資力 200万円未満 (法テラス)', () => {
    expect(outcome('kokusen-higaisha-sanka')).toBe('likely');
    expect(outcome('kokusen-higaisha-sanka', { assets: '200-to-300' })).toBe('outside-criteria');
  });
  it('過失運転致死傷 is a 被害者参加 offence when someone was hurt', () => {
    expect(outcome('kokusen-higaisha-sanka', { offence: 'traffic', harm: 'injury-under-1m' })).toBe('likely');
  });
  it('逮捕・監禁 counts without injury', () => expect(outcome('kokusen-higaisha-sanka', { offence: 'confinement', harm: 'none' })).toBe('likely'));
  it('第290条の2: a family member of a living victim only if the victim is seriously impaired', () => {
    expect(checkOf('kokusen-higaisha-sanka', 'relation', { relation: 'family' }).met).toBe('unknown');
  });
});

describe('被害者参加旅費 (犯罪被害者保護法第5条)', () => {
  it('needs attendance as a participant, which is not asked: at best unclear', () => {
    expect(outcome('higaisha-sanka-ryohi')).toBe('unclear');
    expect(outcome('higaisha-sanka-ryohi', { prosecuted: 'no' })).toBe('outside-criteria');
  });
  it('is claimed at the court attended', () => expect(verdict('higaisha-sanka-ryohi').apply.kind).toBe('court'));
});

describe('政府保障事業 (自賠法第72条第1項・第75条)', () => {
  it('only car accidents; a hit-and-run whose car is unknown is its case, a known car only when uninsured or stolen (unclear)', () => {
    expect(outcome('seifu-hosho', { offence: 'hit-and-run', harm: 'injury-under-1m', vehicleKnown: 'no' })).toBe('likely');
    expect(outcome('seifu-hosho', { offence: 'hit-and-run', harm: 'injury-under-1m', vehicleKnown: 'unknown' })).toBe('unclear');
    const known = verdict('seifu-hosho', { offence: 'traffic', harm: 'injury-under-1m', vehicleKnown: 'yes' });
    expect(known.outcome).toBe('unclear');
    expect(known.checks.find((c) => c.criterion === 'prerequisite' && c.article === '自賠法第72条第1項')!.text).toContain('自賠責保険（共済）に入っていない場合');
    expect(outcome('seifu-hosho', { offence: 'assault', vehicleKnown: 'no' })).toBe('outside-criteria');
  });

  it('asks whether the other car is known only in traffic cases', () => {
    expect(questionsNeeded(SCHEMES, { ...base, offence: 'hit-and-run' }, TODAY, SUPPORT_PHRASES_JA)).toContain('vehicleKnown');
    expect(questionsNeeded(SCHEMES, { ...base, offence: 'assault' }, TODAY, SUPPORT_PHRASES_JA)).not.toContain('vehicleKnown');
  });
  it('第75条: 3 years, counted from a day that may be later than the accident: never outside by date alone', () => {
    const v = verdict('seifu-hosho', { offence: 'traffic', incidentMonth: '2020-01' });
    expect(v.deadline).toMatchObject({ passed: false, article: '自賠法第75条' });
    expect(v.checks.find((c) => c.criterion === 'deadline')!.met).toBe('unknown');
    expect(verdict('seifu-hosho', { offence: 'traffic', incidentMonth: '2026-05' }).deadline!.text).toContain('請求できるのは2029年5月頃まで');
  });
  it('claims go to an insurer window', () => expect(verdict('seifu-hosho').apply.kind).toBe('insurer'));
});

describe('information schemes ("you can ask for this")', () => {
  it('被害者等通知制度: victim, family and bereaved may ask', () => {
    for (const relation of ['victim', 'family', 'bereaved'] as const) expect(outcome('higaisha-tsuchi', { relation })).toBe('likely');
  });
  it('被害者連絡制度: 身体犯 and ひき逃げ are covered (富山県警察)', () => {
    expect(outcome('higaisha-renraku', { offence: 'hit-and-run' })).toBe('likely');
    expect(outcome('higaisha-renraku', { offence: 'traffic' })).toBe('unclear');
  });
  it('心情等伝達制度: only while the offender is in prison or 少年院, which is not asked', () => {
    expect(outcome('shinjo-dentatsu')).toBe('unclear');
    expect(verdict('shinjo-dentatsu').apply.kind).toBe('correctional-facility');
  });
});

describe('an unknown answer never becomes a no', () => {
  it('all answers unknown: no scheme is outside its criteria', () => {
    for (const v of findSupport(SCHEMES, EMPTY_SUPPORT_ANSWERS, TODAY, SUPPORT_PHRASES_JA)) expect(v.outcome, v.id).toBe('unclear');
  });
  it('turning any single answer to unknown never creates a false check', () => {
    for (const key of Object.keys(base) as (keyof SupportAnswers)[]) {
      const before = findSupport(SCHEMES, base, TODAY, SUPPORT_PHRASES_JA);
      const after = findSupport(SCHEMES, { ...base, [key]: 'unknown' }, TODAY, SUPPORT_PHRASES_JA);
      after.forEach((v, i) => v.checks.forEach((c, j) => {
        if (c.met === false) expect(before[i].checks[j].met, `${v.id} ${c.criterion} ${key}`).toBe(false);
      }));
    }
  });
});

describe('questionsNeeded', () => {
  it('asks hospitalDays only once the harm is an injury', () => {
    expect(questionsNeeded(SCHEMES, EMPTY_SUPPORT_ANSWERS, TODAY, SUPPORT_PHRASES_JA)).not.toContain('hospitalDays');
    expect(questionsNeeded(SCHEMES, { ...EMPTY_SUPPORT_ANSWERS, offence: 'assault', harm: 'injury-1m-to-3m' }, TODAY, SUPPORT_PHRASES_JA)).toContain('hospitalDays');
    expect(questionsNeeded(SCHEMES, { ...EMPTY_SUPPORT_ANSWERS, offence: 'homicide', harm: 'death' }, TODAY, SUPPORT_PHRASES_JA)).not.toContain('hospitalDays');
  });
  it('asks assets only while a legal-aid scheme is still in play', () => {
    expect(questionsNeeded(SCHEMES, EMPTY_SUPPORT_ANSWERS, TODAY, SUPPORT_PHRASES_JA)).toContain('assets');
    expect(questionsNeeded(SCHEMES.filter((s) => s.kind !== 'legal-aid'), EMPTY_SUPPORT_ANSWERS, TODAY, SUPPORT_PHRASES_JA)).not.toContain('assets');
    // 国選被害者参加弁護士 alone: once 不起訴 is known, its asset limit can no longer matter.
    const kokusen = SCHEMES.filter((s) => s.id === 'kokusen-higaisha-sanka');
    expect(questionsNeeded(kokusen, EMPTY_SUPPORT_ANSWERS, TODAY, SUPPORT_PHRASES_JA)).toContain('assets');
    expect(questionsNeeded(kokusen, { ...EMPTY_SUPPORT_ANSWERS, prosecuted: 'no' }, TODAY, SUPPORT_PHRASES_JA)).not.toContain('assets');
  });
  it('keeps an answered question that still matters', () => {
    expect(questionsNeeded(SCHEMES, base, TODAY, SUPPORT_PHRASES_JA)).toContain('offence');
  });
  it('every question the finder may add says why it is asked, in every language', () => {
    for (const lang of LANGS) {
      const q = UI[lang].check.questions;
      for (const key of ['relation', 'incidentMonth', 'hospitalDays', 'mentalCare', 'disability', 'assets', 'prosecuted'] as const) expect(q[key].why, `${lang} ${key}`).not.toBe('');
    }
  });
});

describe('every combination of answers', () => {
  const values: { [K in keyof SupportAnswers]: readonly SupportAnswers[K][] } = {
    offence: [...OFFENCES, 'unknown'],
    harm: [...HARMS, 'unknown'],
    residence: ['13', 'abroad', 'unknown'],
    incident: ['13', 'abroad', 'unknown'],
    policeReport: ['yes', 'no', 'unknown'],
    relation: ['victim', 'family', 'bereaved', 'unknown'],
    incidentMonth: ['2019-10', '2025-12', '2026-01', '2026-05', 'unknown'],
    hospitalDays: ['3-plus', 'under-3', 'none', 'unknown'],
    mentalCare: ['yes', 'no', 'unknown'],
    disability: ['yes', 'no', 'unknown'],
    assets: ['under-200', '200-to-300', 'over-300', 'unknown'],
    prosecuted: ['yes', 'no', 'unknown'],
    vehicleKnown: ['yes', 'no', 'unknown'],
    victimMinor: ['yes', 'no', 'unknown'],
    harmMonth: ['2019-10', '2025-10', 'unknown'],
    bereavedInJapan: ['yes', 'no', 'unknown'],
    municipality: ['unknown'],
  };
  it('never throws and always gives one valid verdict per scheme (full product of offence × harm × the rest varied in turn)', () => {
    const keys = Object.keys(values) as (keyof SupportAnswers)[];
    let runs = 0;
    // Offence × harm × every value of each other key, with two backgrounds (all unknown, the clear case): covers every value of every key.
    for (const background of [EMPTY_SUPPORT_ANSWERS, base]) {
      for (const offence of values.offence) for (const harm of values.harm) for (const key of keys.slice(2)) for (const value of values[key]) {
        const answers = { ...background, offence, harm, [key]: value } as SupportAnswers;
        const verdicts = findSupport(SCHEMES, answers, TODAY, SUPPORT_PHRASES_JA);
        expect(verdicts.map((v) => v.id)).toEqual(SCHEMES.map((s) => s.id));
        for (const v of verdicts) {
          expect(['likely', 'unclear', 'outside-criteria']).toContain(v.outcome);
          expect(v.outcome === 'outside-criteria').toBe(v.checks.some((c) => c.met === false));
        }
        runs++;
      }
    }
    expect(runs).toBeGreaterThan(2000);
  }, 30_000);
  it('the full product of the new questions for one clear case never throws', () => {
    let runs = 0;
    for (const relation of values.relation) for (const incidentMonth of values.incidentMonth) for (const hospitalDays of values.hospitalDays)
      for (const mentalCare of values.mentalCare) for (const disability of values.disability) for (const assets of values.assets) for (const prosecuted of values.prosecuted) {
        const verdicts = findSupport(SCHEMES, { ...base, relation, incidentMonth, hospitalDays, mentalCare, disability, assets, prosecuted }, TODAY, SUPPORT_PHRASES_JA);
        expect(verdicts).toHaveLength(SCHEMES.length);
        runs++;
      }
    expect(runs).toBe(4 * 5 * 4 * 3 * 3 * 4 * 3);
  }, 30_000);
  it('is deterministic', () => {
    expect(findSupport(SCHEMES, base, TODAY, SUPPORT_PHRASES_JA)).toEqual(findSupport(SCHEMES, base, TODAY, SUPPORT_PHRASES_JA));
  });
});

describe('scheme files are validated, naming the file and the field', () => {
  const good = content.schemes.find((s) => s.id === 'hankyu')!;
  const errorOf = (data: unknown) => {
    try {
      parseContent('content/schemes/broken.yaml', schemeSchema, data);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the scheme to be rejected');
  };
  const raw = structuredClone({ ...good.data, notes: undefined });
  it('a criterion without an article', () => {
    const broken = structuredClone(raw) as { criteria: { article?: string }[] };
    delete broken.criteria[0].article;
    expect(errorOf(broken)).toMatch(/^content\/schemes\/broken\.yaml: criteria\.0\.article: /);
  });
  it('an unknown offence category', () => {
    const broken = structuredClone(raw) as { criteria: { covered?: string[] }[] };
    broken.criteria[0].covered = ['arson'];
    expect(errorOf(broken)).toContain('content/schemes/broken.yaml: criteria.0.covered.0');
  });
  it('a cited source that is not among the sources', () => {
    const broken = structuredClone(raw) as { deadline: { limits: { source?: string }[] } };
    broken.deadline.limits[0].source = 'https://example.com/';
    expect(errorOf(broken)).toContain('content/schemes/broken.yaml: deadline.limits.0.source: source https://example.com/ が出典（sources）にありません');
  });
  it('a scheme without sources', () => {
    expect(errorOf({ ...raw, sources: undefined })).toContain('content/schemes/broken.yaml: sources: 制度の情報には出典（sources）が必要です');
  });
});
