import { describe, expect, it } from 'vitest';
import { bigCities, worklist, worklistCsv, type WorklistInput } from '../../src/data-tools/worklist';
import type { Municipality } from '../../src/schemas/municipality';
import type { Organisation } from '../../src/schemas/organisation';

const TODAY = '2026-12-01';
const gov = (url: string, pageDate?: string) => ({ url, kind: 'government' as const, checked: TODAY, pageDate });
const org = (name: string, phones: Organisation['phones'], searches: Organisation['searches'] = []): Organisation => ({
  name, kind: 'police', prefectures: ['36'], phones, sources: [gov('https://www.pref.tokushima.lg.jp/a')], checked: TODAY, searches,
});
const phone = (number: string, sources: Organisation['phones'][number]['sources'], more = {}) => ({ number, sources, stale: false, superseded: false, ...more });

function input(orgs: Record<string, Organisation>, contacts: Record<string, { role: 'police' | 'sv-centre' | 'support-centre' | 'prefecture-window'; organisation: string }[]>, population: Record<string, number>): WorklistInput {
  return {
    prefectures: Object.entries(contacts).map(([code, list]) => ({ file: `content/prefectures/${code}.mdx`, data: { code, contacts: list } })),
    organisations: new Map(Object.entries(orgs).map(([slug, data]) => [slug, { file: `content/organisations/${slug}.yaml`, data }])),
    municipalities: [],
    municipalWindows: new Map(),
    population,
  };
}

describe('maintainers’ worklist', () => {
  const orgs = {
    single: org('一つの出典', [phone('088-111-1111', [gov('https://www.pref.tokushima.lg.jp/a')])]),
    old: org('古い出典', [phone('088-222-2222', [gov('https://www.pref.tokushima.lg.jp/a', '2015-04-01'), { url: 'https://news.example.jp/x', kind: 'other' as const, checked: TODAY, pageDate: '2016-01-01' }])]),
    lead: org('非公式のみ', [phone('088-333-3333', [{ url: 'https://blog.example.jp/x', kind: 'other' as const, checked: TODAY }])]),
    none: org('番号なし', [], [{ date: TODAY, where: '検索ツール', words: '徳島県警察 相談電話', result: '見つからず' }]),
    solid: org('二つの発行元', [phone('03-444-4444', [gov('https://www.metro.tokyo.lg.jp/a'), { url: 'https://www.shien.or.jp/', kind: 'official' as const, checked: TODAY }])]),
  };
  const items = worklist(
    input(orgs, {
      '36': [{ role: 'police', organisation: 'single' }, { role: 'sv-centre', organisation: 'old' }, { role: 'support-centre', organisation: 'lead' }, { role: 'prefecture-window', organisation: 'none' }],
      '13': [{ role: 'police', organisation: 'solid' }],
    }, { '13': 14_048_000, '36': 700_000 }),
    TODAY,
  );
  const reasonOf = (name: string) => items.filter((i) => i.name === name).map((i) => i.reason);

  it('lists each fact that needs a person, with why', () => {
    expect(reasonOf('一つの出典')).toEqual(['single-source']);
    expect(reasonOf('古い出典')).toEqual(['old']);
    expect(reasonOf('非公式のみ')).toEqual(['lead']);
    expect(reasonOf('番号なし')).toEqual(['unknown']);
    expect(reasonOf('二つの発行元')).toEqual([]);
  });
  it('lists a kind of contact that no entry covers', () => {
    expect(items.filter((i) => i.prefecture === '東京都' && i.reason === 'no-entry').map((i) => i.kind)).toHaveLength(3);
  });
  it('puts the prefectures with more people first, and unranked ones last', () => {
    expect(items[0].prefecture).toBe('東京都');
    expect(items.at(-1)!.population).toBeUndefined();
  });
  it('gives what was already searched, so nobody repeats it blindly', () => {
    expect(items.find((i) => i.name === '番号なし')!.searched).toContain('徳島県警察 相談電話');
    expect(worklistCsv(items).split('\n')[0]).toContain('これまでに探したこと');
  });
  it('gives the searches a prefecture recorded for a kind that has no entry, for that kind only', () => {
    const searched = { role: 'sv-centre' as const, date: TODAY, where: '検索ツール', words: '岩手県 性暴力 ワンストップ', result: '見つからず' };
    const base = input({}, {}, {});
    const rows = worklist({ ...base, prefectures: [{ file: 'content/prefectures/03-iwate.mdx', data: { code: '03', contacts: [], searches: [searched] } }] }, TODAY);
    const iwate = rows.filter((i) => i.prefecture === '岩手県');
    expect(iwate.find((i) => i.kind.includes('ワンストップ'))!.searched).toContain('岩手県 性暴力 ワンストップ');
    expect(iwate.filter((i) => i.searched !== '')).toHaveLength(1);
  });
});

describe('big cities on the worklist', () => {
  const city = (lgCode: string, name: string, kind: Municipality['kind']): Municipality => ({ lgCode, prefCode: lgCode.slice(0, 2), prefecture: '', name, reading: 'し', kind, parentCode: '', id: lgCode });
  const municipalities = [city('011002', '札幌市', '政令指定都市'), city('012025', '函館市', '市'), city('012033', '小樽市', '市'), city('131016', '千代田区', '特別区')];
  it('counts 中核市 only from the official list, and says which kind each city is', () => {
    expect(bigCities(municipalities).map((c) => c.city.name)).toEqual(['札幌市', '千代田区']);
    expect(bigCities(municipalities, ['012025']).map((c) => `${c.city.name}:${c.kind}`)).toEqual(['札幌市:政令指定都市', '函館市:中核市', '千代田区:特別区']);
  });
  it('lists a 中核市 without a window as work', () => {
    const rows = worklist({ ...input({}, {}, {}), municipalities, coreCities: ['012025'] }, TODAY);
    expect(rows.filter((r) => r.reason === 'no-window').map((r) => `${r.name} ${r.kind}`)).toContain('函館市 市区町村の窓口（中核市）');
  });
  it('gives the searches recorded for a big city that has no window file yet', () => {
    const searched = [{ date: TODAY, where: '検索ツール', words: '千代田区 犯罪被害者 相談窓口', result: '見つからず' }];
    const rows = worklist({ ...input({}, {}, {}), municipalities, windowSearches: { '131016': searched } }, TODAY);
    expect(rows.find((r) => r.name === '千代田区')!.searched).toContain('千代田区 犯罪被害者 相談窓口');
    expect(rows.find((r) => r.name === '札幌市')!.searched).toBe('');
  });
});
