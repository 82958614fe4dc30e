/**
 * Translated content: every word of the schemes and 要綱 rules exists in each language, a translation
 * never brings a number the Japanese does not have, the templates of each language take the same
 * placeholders, and the engines answer in every language without a missing word.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data-tools/load-content';
import { EMPTY_SUPPORT_ANSWERS, findSupport, publishScheme, finderScheme, type SupportAnswers } from '../../src/domain/support';
import { evaluate, publishedRules, HARMS, OFFENCES } from '../../src/domain/eligibility';
import { PREFECTURES } from '../../src/domain/prefectures';
import { TRANSLATED_LANGS, UI, LANGS, plainText } from '../../src/i18n';
import { localise, missingTranslations, translationPairs } from '../../src/i18n/localise';

const content = loadContent();
const schemes = content.schemes.map((s) => ({ id: s.id, data: s.data }));
const rules = content.prefectures.filter((p) => p.data.eligibility).map((p) => ({ file: p.file, data: p.data.eligibility! }));

describe('localise', () => {
  const node = { text: '日本国内で起きた事件が対象です。', article: '第2条', months: 24, translations: { en: { text: 'The crime must have happened in Japan.' } } };
  it('lays the words of a language over the Japanese and keeps every fact', () => {
    expect(localise([node], 'en')).toEqual([{ text: 'The crime must have happened in Japan.', article: '第2条', months: 24 }]);
    expect(localise(node, 'ja')).toEqual({ text: '日本国内で起きた事件が対象です。', article: '第2条', months: 24 });
  });
  it('keeps the Japanese where a word is not translated, and names it', () => {
    expect(localise(node, 'yasashii').text).toBe('日本国内で起きた事件が対象です。');
    expect(missingTranslations(node, 'yasashii')).toEqual(['text']);
    expect(missingTranslations(node, 'en')).toEqual([]);
  });
});

describe('content in every language', () => {
  for (const lang of TRANSLATED_LANGS) {
    it(`every word of every scheme and 要綱 is in ${lang}`, () => {
      const missing = [
        ...schemes.flatMap((s) => missingTranslations(s.data, lang).map((path) => `content/schemes/${s.id}.yaml: ${path}`)),
        ...rules.flatMap((r) => missingTranslations(r.data, lang).map((path) => `${r.file}: eligibility.${path}`)),
      ];
      expect(missing).toEqual([]);
    });
  }

  /** The numbers a text states (ルビ marks read as their base), with 万 and 億 expanded (120万円 → 1200000) and thousands separators dropped. */
  const numbers = (text: string) =>
    [...plainText(text).matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(億|万)?/g)].map((m) => String(Number(m[1].replaceAll(',', '')) * (m[2] === '億' ? 1e8 : m[2] === '万' ? 1e4 : 1)));
  it('a translation states no number its Japanese text does not state', () => {
    const all = [...schemes.flatMap((s) => translationPairs(s.data, `content/schemes/${s.id}.yaml`)), ...rules.flatMap((r) => translationPairs(r.data, `${r.file}: eligibility`))];
    expect(all.length).toBeGreaterThan(100);
    const strays = all.flatMap((p) => {
      const known = new Set(numbers(p.ja));
      return numbers(p.text).filter((n) => !known.has(n)).map((n) => `${p.where} (${p.lang}): ${n} is not in 「${p.ja}」`);
    });
    expect(strays).toEqual([]);
  });
});

describe('the self-check in every language', () => {
  /** Every template of a language's check words, by path, with its placeholders. */
  function placeholders(value: unknown, path = ''): Record<string, string> {
    if (typeof value === 'string') return { [path]: [...value.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]).sort().join(',') };
    if (typeof value !== 'object' || value === null) return {};
    return Object.assign({}, ...Object.entries(value).map(([k, v]) => placeholders(v, path ? `${path}.${k}` : k)));
  }
  it('each language’s templates take the same placeholders as the Japanese', () => {
    for (const lang of TRANSLATED_LANGS) expect(placeholders(UI[lang].check), lang).toEqual(placeholders(UI.ja.check));
  });

  const today = '2026-12-01';
  for (const lang of LANGS) {
    it(`answers every combination of the main questions in ${lang}, in that language's words`, () => {
      const finder = schemes.map((s) => finderScheme(localise(publishScheme(s.id, s.data), lang)));
      const words = UI[lang].check;
      const entryOf = (code: string) => content.prefectures.find((e) => e.data.code === code)?.data;
      const prefectureRules = localise(
        PREFECTURES.map((p) => {
          const entry = entryOf(p.code);
          return publishedRules(p, entry && { eligibility: entry.eligibility, instrument: entry.scheme.instrument });
        }),
        lang,
      );
      for (const offence of [...OFFENCES, 'unknown'] as const) for (const harm of [...HARMS, 'unknown'] as const) for (const place of ['36', '40', 'abroad', 'unknown']) {
        const answers: SupportAnswers = { ...EMPTY_SUPPORT_ANSWERS, offence, harm, residence: place, incident: place };
        for (const v of findSupport(finder, answers, today, words.support)) for (const c of v.checks) expect(c.text).not.toBe('');
        for (const r of prefectureRules) for (const c of evaluate(r, answers, words.eligibility).checks) expect(c.reason).not.toBe('');
      }
      if (lang === 'en') {
        // Japanese may appear only as a term in parentheses or quotes after its English gloss, never as a sentence.
        const reasons = findSupport(finder, { ...EMPTY_SUPPORT_ANSWERS, offence: 'assault', harm: 'injury-3m-plus', incidentMonth: '2026-05' }, today, words.support).flatMap((v) => v.checks.map((c) => c.text));
        const sentencesInJapanese = reasons.filter((t) => /[ぁ-ん]{4,}/.test(t.replace(/[（(][^）)]*[）)]/g, '')));
        expect(sentencesInJapanese).toEqual([]);
      }
    });
  }
});

describe('the victims’ guide in every language', () => {
  const guideRoot = 'content/guides';
  const japanesePages = ['victims.mdx', ...readdirSync(join(guideRoot, 'victims')).map((f) => `victims/${f}`)].filter((f) => f.endsWith('.mdx'));
  /** A page's text without its front matter, ルビ markup read as its base text. */
  const body = (file: string) => readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '').replace(/<rt>[^<]*<\/rt>/g, '');
  const digits = (text: string) => new Set([...text.matchAll(/\d+/g)].map((m) => String(Number(m[0]))));
  for (const lang of TRANSLATED_LANGS) {
    it(`every page of the victims’ guide is in ${lang}, with no number the Japanese page does not state`, () => {
      const strays = japanesePages.flatMap((page) => {
        const file = join('content/guide-translations', lang, page);
        if (!existsSync(file)) return [`${file}: missing`];
        const known = digits(body(join(guideRoot, page)).normalize('NFKC'));
        return [...digits(body(file).normalize('NFKC'))].filter((n) => !known.has(n)).map((n) => `${file}: ${n}`);
      });
      expect(strays).toEqual([]);
    });
  }
});
