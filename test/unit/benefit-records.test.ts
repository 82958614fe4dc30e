import { describe, expect, it } from 'vitest';
import { parseContent } from '../../src/schemas/describe-error';
import { benefitRecordSchema } from '../../src/schemas/municipality';
import { benefitCoverage } from '../../src/data-tools/benefit-coverage';
import { loadContent } from '../../src/data-tools/load-content';
import { prefectureLgCode } from '../../src/domain/municipalities-csv';

const source = { url: 'https://www.city.example.lg.jp/shien.html', kind: 'government', checked: '2026-12-07' };
const search = { date: '2026-12-07', where: 'search tool', words: 'テスト市 見舞金', result: '見つからず' };
const errorOf = (data: unknown) => {
  try {
    parseContent('content/benefit-records/999999.yaml', benefitRecordSchema, data);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the record to be rejected');
};

describe('a 見舞金 record', () => {
  it('says present or absent only with a source, and unknown only with a search', () => {
    expect(errorOf({ name: 'テスト市', status: 'absent', checked: '2026-12-07' })).toMatch(/999999\.yaml.*sources.*status: absent には、それを示す出典/s);
    expect(errorOf({ name: 'テスト市', status: 'unknown', checked: '2026-12-07' })).toMatch(/searches.*探した記録/s);
    expect(errorOf({ name: 'テスト市', status: 'maybe', sources: [source], checked: '2026-12-07' })).toMatch(/status は present/);
    expect(parseContent('x', benefitRecordSchema, { name: 'テスト市', status: 'unknown', searches: [search], checked: '2026-12-07' }).status).toBe('unknown');
  });
  it('a prefecture’s own code carries its check digit', () => {
    expect(prefectureLgCode('13')).toBe('130001');
    expect(prefectureLgCode('01')).toBe('010006');
    expect(prefectureLgCode('47')).toBe('470007');
  });
});

describe('the report of 見舞金 records', () => {
  const content = loadContent();
  it('counts every prefecture and big city once, and names those without a record', () => {
    const rows = benefitCoverage(content);
    expect(rows.map((r) => r.group)).toEqual(['都道府県', '政令指定都市', '特別区', '中核市']);
    const sizes = rows.map((r) => r.counts.present + r.counts.absent + r.counts.unknown + r.missing.length);
    expect(sizes).toEqual([47, 20, 23, 62]);
    expect(rows[0].missing).not.toContain('東京都');
  });
});

describe('sources', () => {
  it('no content cites a generated summary site or a mirror (they are not publishers)', async () => {
    const { NOT_PUBLISHERS } = await import('../../src/domain/publisher');
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = (readdirSync('content', { recursive: true }) as string[]).filter((f) => /\.(ya?ml|mdx)$/.test(f));
    const cited = files.flatMap((f) =>
      [...readFileSync(`content/${f}`, 'utf8').matchAll(/(?:url|source):\s*["']?(https?:\/\/[^\s"']+)/g)].map((m) => ({ f, host: new URL(m[1]).hostname })),
    );
    expect(cited.length).toBeGreaterThan(500);
    expect(cited.filter(({ host }) => NOT_PUBLISHERS.some((p) => p.test(host))).map(({ f, host }) => `content/${f}: ${host}`)).toEqual([]);
  });
});
