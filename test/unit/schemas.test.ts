import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseContent } from '../../src/schemas/describe-error';
import { organisationSchema } from '../../src/schemas/organisation';
import { prefectureSchema } from '../../src/schemas/prefecture';

const source = { url: 'https://www.pref.tokushima.lg.jp/x/', kind: 'government', checked: '2026-11-23' };
const organisation = {
  name: 'テスト支援センター',
  kind: 'support-centre',
  prefectures: ['36'],
  checked: '2026-11-23',
  phones: [{ number: '088-623-5111', sources: [source] }],
  sources: [source],
};
const prefecture = {
  code: '36',
  slug: 'tokushima',
  name: '徳島県',
  checked: '2026-11-23',
  summary: '要約',
  scheme: { status: 'unknown' },
};
const prefectures = prefectureSchema(z.string());

const errorOf = (file: string, schema: z.ZodType, data: unknown) => {
  try {
    parseContent(file, schema, data);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the content to be rejected');
};

describe('content schemas reject bad content, naming the file and the field', () => {
  it('accepts a well-formed organisation and prefecture', () => {
    expect(parseContent('a.yaml', organisationSchema, organisation).phones[0].stale).toBe(false);
    expect(parseContent('36-tokushima.mdx', prefectures, prefecture).contacts).toEqual([]);
  });

  it('rejects a malformed phone number', () => {
    const bad = { ...organisation, phones: [{ number: '088-623-511', sources: [source] }] };
    expect(errorOf('content/organisations/x.yaml', organisationSchema, bad)).toMatch(
      /^content\/organisations\/x\.yaml: phones\.0\.number: 電話番号の形式が正しくありません: "088-623-511"/,
    );
  });

  it('rejects a phone number without a source', () => {
    const bad = { ...organisation, phones: [{ number: '088-623-5111' }] };
    expect(errorOf('x.yaml', organisationSchema, bad)).toBe('x.yaml: phones.0.sources: 電話番号には出典（sources）が必要です');
  });

  it('rejects a source without a checked date or with a non-web URL', () => {
    const bad = { ...organisation, sources: [{ url: 'ftp://example.org/', kind: 'official' }] };
    const message = errorOf('x.yaml', organisationSchema, bad);
    expect(message).toContain('x.yaml: sources.0.url:');
    expect(message).toContain('x.yaml: sources.0.checked:');
  });

  it('rejects an unknown prefecture code', () => {
    expect(errorOf('content/prefectures/48-x.mdx', prefectures, { ...prefecture, code: '48' })).toContain(
      'content/prefectures/48-x.mdx: code: 都道府県コードが不明です: "48"',
    );
    expect(errorOf('x.yaml', organisationSchema, { ...organisation, prefectures: [36] })).toContain('x.yaml: prefectures.0: 都道府県コードが不明です: 36');
  });

  it('rejects a slug or name that does not belong to the code', () => {
    const message = errorOf('p.mdx', prefectures, { ...prefecture, slug: 'tokusima', name: '福岡県' });
    expect(message).toContain('p.mdx: slug: code 36 の slug は "tokushima" です');
    expect(message).toContain('p.mdx: name: code 36 の name は "徳島県" です');
  });

  it('requires a source for a scheme said to be established', () => {
    expect(errorOf('p.mdx', prefectures, { ...prefecture, scheme: { status: 'established' } })).toContain('p.mdx: scheme.sources:');
  });

  it('rejects fields the schema does not know, so a typo is not silently dropped', () => {
    expect(errorOf('x.yaml', organisationSchema, { ...organisation, phone: '088-623-5111' })).toContain('x.yaml: (全体):');
  });
});
