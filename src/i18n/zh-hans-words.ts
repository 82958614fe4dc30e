/**
 * Simplified Chinese (简体中文, zh-Hans): the words of hours, of the "who answers now" marks and of search,
 * and the one rendering the site uses for each recurring term of the glossary (src/i18n/glossary.ts).
 * Japanese is the authority; names of organisations and places stay in Japanese.
 */
import type { SearchWords } from './dictionary';
import type { HoursDictionary } from './hours-words';
import type { NowWords } from './now-words';

/** Sunday first. */
export const ZH_HANS_DAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export const ZH_HANS_HOURS: Omit<HoursDictionary, 'now'> = {
  describe: {
    days: ZH_HANS_DAYS,
    dayRange: '{from}至{to}',
    separator: '，',
    allDays: '每天',
    always: '每天24小时',
    dayHours: '{days} {times}',
    closed: '{list}休息',
    unknown: '{list}的受理时间正在核实中',
    other: '{what}：{times}',
    and: '、',
    holidays: '节假日',
    afterHoliday: '节假日的第二天',
    yearEnd: '年末年初（12月29日至1月3日）',
    date: '{month}{day}日',
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  },
  label: '受理时间：',
  sourceText: '受理时间（出处原文，日文）：',
};

export const ZH_HANS_NOW: NowWords = {
  open: '现在正在受理',
  closedNext: '现在不在受理时间（{when}开始受理）',
  closed: '现在不在受理时间',
  unknown: '还不清楚现在是否在受理',
  forwarded: '现在正在受理（受理时间以外由{who}接听）',
  when: '{day}{time}',
  hour: '{h}点',
  hourMinute: '{h}点{m}分',
  today: '今天',
  tomorrow: '明天',
  days: ZH_HANS_DAYS,
  afterHours: { 'night-centre': '国家的夜间及节假日呼叫中心', duty: '值班人员', 'call-centre': '受委托的呼叫中心' },
};

export const ZH_HANS_SEARCH: SearchWords = {
  label: '站内搜索',
  button: '搜索',
  results: '搜索结果',
  more: '显示更多',
  filterLink: '按页面类别或都道府县筛选搜索',
  status: {
    searching: '正在搜索…',
    none: '没有找到。请换一个词，或用平假名试试。地名请按日文写法输入（例如：東京、札幌）。',
    found: '找到{total}条结果。',
    shown: '显示其中{shown}条。',
  },
  kinds: { 都道府県: '都道府县', 市区町村: '市区町村', 相談先: '咨询机构', ガイド: '指南', ツール: '工具', サイト情報: '关于本站' },
  page: {
    title: '站内搜索',
    description: '可以用都道府县、市区町村的名称（也可用平假名）、咨询机构、遇到的情况等词语，在本站内搜索。',
    intro:
      '可以用都道府县或市区町村的名称（也可用平假名）、“肇事逃逸（ひき逃げ）”“性暴力”等词语，或电话号码搜索。搜索的词语不会被发送或保存，也不会留在页面地址中。',
    noscript: '搜索需要启用JavaScript。请从都道府县一览中查找。',
    query: '要搜索的词语',
    kind: '页面类别',
    prefecture: '都道府县',
    all: '全部',
  },
};

/**
 * For every `ja` term of GLOSSARY (src/i18n/glossary.ts): the one Chinese rendering pages contain, and renderings
 * that must not appear (regular expressions). Where a Japanese-only term must not be left untranslated, the
 * pattern allows it inside parentheses, where the site gives the Japanese term after its Chinese rendering.
 */
const notInParentheses = (term: string) => `${term}(?![^（(]*[）)])`;

export const ZH_HANS_GLOSSARY: Record<string, { use: string; avoid?: string[] }> = {
  // 窗口 is ordinary Chinese for a public service point (服务窗口、咨询窗口): the English "window" problem does not arise.
  窓口: { use: '窗口', avoid: ['服务台', '办事处'] },
  多機関ワンストップサービス: { use: '多机构一站式服务', avoid: ['多机关', '一站式支援服务'] },
  支援調整会議: { use: '支援协调会议', avoid: ['支援调整会议'] },
  コーディネーター: { use: '协调员', avoid: ['协调人', '统筹员'] },
  被害者参加: { use: '受害人参加', avoid: ['被害人参加', notInParentheses('被害者参加')] },
  起訴: { use: '起诉' },
  検察官: { use: '检察官', avoid: ['检控官'] },
  身体犯: { use: '伤害身体的犯罪', avoid: [notInParentheses('身体犯'), '针对身体的犯罪'] },
  法テラス: { use: '法テラス', avoid: ['法律露台', '法台'] },
  見舞金: { use: '慰问金', avoid: ['见舞金'] },
  遺族: { use: '遗属', avoid: ['遗族'] },
  配偶者: { use: '配偶', avoid: ['丈夫或妻子'] },
  後遺障害: { use: '后遗症', avoid: ['后遗障害', '后遗障碍'] },
  慰謝料: { use: '精神损害赔偿', avoid: ['慰谢料', '慰谢金'] },
  参考人: { use: '证人', avoid: [notInParentheses('参考人')] },
  面談: { use: '面谈', avoid: ['面试', '审讯'] },
  政府保障事業: { use: '政府保障制度', avoid: ['政府担保', '政府保障事业'] },
  法定代理人: { use: '法定代理人' },
};
