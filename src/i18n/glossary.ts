/**
 * The recurring terms and the one rendering each language uses for them, so that a reader meets one name
 * for one thing (the translation review found 窓口 as "window", "office" and "help desk", and two legal-aid
 * schemes under one English name). `avoid` lists renderings a translation must not use (test/unit/glossary.test.ts);
 * やさしい日本語 gives each hard term a one-line explanation, added after the term where a page first uses it
 * (src/build/explain-terms.ts).
 */
import type { TranslatedLang } from './languages';
import { ZH_HANS_GLOSSARY } from './zh-hans-words';
import { VI_GLOSSARY } from './vi-words';

export interface Rendering {
  /** The approved rendering (やさしい日本語: with its ルビ, as `{漢字|かんじ}`). */
  use: string;
  /** Other renderings that fit some contexts (a 窓口 of an insurance company is a "counter"). */
  also?: string[];
  /** Renderings that must not appear in this language's texts (regular expressions, case-insensitive). */
  avoid?: string[];
}

interface Term {
  /** The term as Japanese text writes it. */
  ja: string;
  /** For やさしい日本語: the term's base text as pages show it (ルビ stripped), and its one-line explanation. */
  yasashii: Rendering & { base: string; explain?: string };
  en: Rendering;
}

export interface GlossaryEntry extends Omit<Term, 'en'> {
  renderings: Record<Exclude<TranslatedLang, 'yasashii'>, Rendering>;
}

/** The other languages' renderings, kept with each language's words (keyed by the Japanese term). */
const OTHERS: Record<Exclude<TranslatedLang, 'yasashii' | 'en'>, Record<string, Rendering>> = { 'zh-hans': ZH_HANS_GLOSSARY, vi: VI_GLOSSARY };

const TERMS: Term[] = [
  {
    ja: '窓口',
    yasashii: { use: 'まどぐち', base: 'まどぐち', explain: '{相談|そうだん}を うける ところ' },
    en: { use: 'help desk', also: ['contact point', 'counter', 'office'], avoid: ['\\b(?<!(private|incognito|browser) )windows?\\b'] },
  },
  {
    ja: '多機関ワンストップサービス',
    yasashii: { use: '{多機関|たきかん}ワンストップサービス', base: '多機関ワンストップサービス', explain: 'いろいろな ところが いっしょに あなたを たすける しくみ' },
    en: { use: 'multi-agency one-stop service', avoid: ['one-stop support service'] },
  },
  {
    ja: '支援調整会議',
    yasashii: { use: '{支援|しえん}{調整|ちょうせい}{会議|かいぎ}', base: '支援調整会議', explain: 'どんな {支援|しえん}を するか、みんなで きめる {会議|かいぎ}' },
    en: { use: 'support coordination meeting' },
  },
  {
    ja: 'コーディネーター',
    yasashii: { use: 'コーディネーター', base: 'コーディネーター', explain: '{支援|しえん}を まとめる {人|ひと}' },
    en: { use: 'coordinator' },
  },
  {
    ja: '被害者参加',
    yasashii: { use: '{被害者|ひがいしゃ}{参加|さんか}', base: '被害者参加', explain: '{被害者|ひがいしゃ}や {家族|かぞく}が {刑事|けいじ}{裁判|さいばん}に {出|で}る こと' },
    en: { use: 'victim participation', also: ['take part in', 'takes part in', 'victim participant'] },
  },
  {
    ja: '起訴',
    yasashii: { use: '{起訴|きそ}', base: '起訴', explain: '{検察官|けんさつかん}が {裁判|さいばん}を はじめる こと' },
    en: { use: 'prosecut', avoid: ['\\bindict'] },
  },
  {
    ja: '検察官',
    yasashii: { use: '{検察官|けんさつかん}', base: '検察官', explain: '{裁判|さいばん}で {罪|つみ}を せめる {国|くに}の {人|ひと}' },
    en: { use: 'public prosecutor' },
  },
  {
    ja: '身体犯',
    yasashii: { use: '{体|からだ}を きずつける {犯罪|はんざい}', base: '体を きずつける 犯罪' },
    en: { use: 'violent crime', avoid: ['crimes? against the body'] },
  },
  {
    ja: '法テラス',
    yasashii: { use: '{法|ほう}テラス', base: '法テラス', explain: '{国|くに}が つくった、{法律|ほうりつ}の {相談|そうだん}の ところ' },
    en: { use: 'Houterasu', also: ['Japan Legal Support Center'] },
  },
  {
    ja: '見舞金',
    yasashii: { use: '{見舞金|みまいきん}', base: '見舞金', explain: '{被害|ひがい}に あった {人|ひと}に {市|し}や {県|けん}が わたす お{金|かね}' },
    en: { use: 'support money' },
  },
  {
    ja: '遺族',
    yasashii: { use: '{遺族|いぞく}', base: '遺族', explain: '{亡|な}くなった {人|ひと}の {家族|かぞく}' },
    en: { use: 'bereaved', also: ['survivors'] },
  },
  {
    ja: '配偶者',
    yasashii: { use: '{配偶者|はいぐうしゃ}', base: '配偶者', explain: '{夫|おっと}や {妻|つま}' },
    en: { use: 'spouse', avoid: ['husband or wife'] },
  },
  {
    ja: '後遺障害',
    yasashii: { use: '{後遺障害|こういしょうがい}', base: '後遺障害', explain: 'けがの あとに {体|からだ}に のこった {障害|しょうがい}' },
    en: { use: 'lasting disability' },
  },
  {
    ja: '慰謝料',
    yasashii: { use: '{慰謝料|いしゃりょう}', base: '慰謝料', explain: 'こころの いたみに たいして はらう お{金|かね}' },
    en: { use: 'compensation for emotional distress' },
  },
  {
    ja: '参考人',
    yasashii: { use: '{参考人|さんこうにん}', base: '参考人', explain: '{事件|じけん}に ついて {話|はなし}を きかれた {人|ひと}' },
    en: { use: 'witness' },
  },
  {
    ja: '面談',
    yasashii: { use: '{面談|めんだん}', base: '面談', explain: 'あって はなす こと' },
    en: { use: 'face-to-face meeting', avoid: ['\\binterviews?\\b'] },
  },
  {
    ja: '政府保障事業',
    yasashii: { use: '{政府保障事業|せいふほしょうじぎょう}', base: '政府保障事業', explain: '{相手|あいて}の {車|くるま}が わからない ときなどに {国|くに}が はらう しくみ' },
    en: { use: 'government guarantee scheme' },
  },
  {
    ja: '法定代理人',
    yasashii: { use: '{法定代理人|ほうていだいりにん}', base: '法定代理人', explain: '{子|こ}どもの かわりに {手続|てつづ}きを する {人|ひと}（{親|おや}など）' },
    en: { use: 'legal representative' },
  },
];

export const GLOSSARY: GlossaryEntry[] = TERMS.map(({ en, ...term }) => ({
  ...term,
  renderings: {
    en,
    ...Object.fromEntries(
      Object.entries(OTHERS).map(([lang, table]) => {
        if (!table[term.ja]) throw new Error(`src/i18n/glossary.ts: 「${term.ja}」の ${lang} の訳語が src/i18n/${lang}-words.ts の glossary にありません`);
        return [lang, table[term.ja]];
      }),
    ),
  } as GlossaryEntry['renderings'],
}));
