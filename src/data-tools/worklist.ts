/**
 * The maintainers' worklist: every fact that needs a person to check it, with what that person needs
 * (the organisation, its own website, the current value, why it is listed, what was already searched),
 * ordered by how many people the entry serves (the prefecture's population, where a source gives it).
 * Shared by `npm run data:worklist`, /data/worklist.csv and /data/status/.
 */
import { isPublishable, oldSince, type PhoneEvidence } from '../domain/phone';
import { publisherOf } from '../domain/publisher';
import { CONTACT_ROLES, type ContactRole } from '../domain/labels';
import { PREFECTURES, prefectureByCode } from '../domain/prefectures';
import type { SearchLog } from '../schemas/common';
import type { Organisation } from '../schemas/organisation';
import type { Municipality, MunicipalWindow } from '../schemas/municipality';
import { ROLES } from './coverage';

export const WORK_REASONS = {
  'no-entry': 'この種類の相談先が登録されていない',
  unknown: '番号が分からない',
  lead: '番号はあるが公開のきまりを満たさない（出典1件・非公式のみ・出典元不明の転載）',
  stale: '古い情報として記録された番号しかない',
  conflict: '公的な資料どうしで番号が食い違っている',
  'single-source': '掲載中だが出典が1つの発行元だけ',
  old: '掲載中だが、日付のある出典がすべて5年以上前',
  'no-window': '大都市の総合的対応窓口が分からない',
} as const;
export type WorkReason = keyof typeof WORK_REASONS;

export interface WorkItem {
  population?: number;
  prefecture: string;
  kind: string;
  name: string;
  /** content/ file to edit. */
  file: string;
  website?: string;
  value: string;
  reason: WorkReason;
  sources: string;
  searched: string;
}

export interface WorklistInput {
  prefectures: { file: string; data: { code: string; contacts: { role: ContactRole; organisation: string }[]; searches?: (SearchLog & { role: ContactRole })[] } }[];
  organisations: Map<string, { file: string; data: Organisation }>;
  municipalities: Municipality[];
  municipalWindows: Map<string, MunicipalWindow>;
  population: Partial<Record<string, number>>;
  /** 団体コード of the 中核市 (an official list), big cities besides 政令指定都市 and 特別区. */
  coreCities?: readonly string[];
  /** Searches for windows of municipalities that have no window file, by 団体コード. */
  windowSearches?: Record<string, readonly SearchLog[]>;
}

/** The worklist of the content as `loadContent()` reads it. */
export function worklistOfContent(
  content: Omit<WorklistInput, 'population' | 'coreCities'> & { population?: { population: WorklistInput['population'] }; coreCities?: { cities: readonly string[] } },
  today: string,
): WorkItem[] {
  return worklist({ ...content, population: content.population?.population ?? {}, coreCities: content.coreCities?.cities }, today);
}

/** 政令指定都市, 特別区 (kinds from the 総務省 list) and 中核市 (from the official list, when in content), with their kind. */
export function bigCities(municipalities: readonly Municipality[], coreCities: readonly string[] = []): { city: Municipality; kind: string }[] {
  const core = new Set(coreCities);
  return municipalities.flatMap((city) =>
    city.kind === '政令指定都市' || city.kind === '特別区' ? [{ city, kind: city.kind }] : core.has(city.lgCode) ? [{ city, kind: '中核市' }] : [],
  );
}

const describeSearches = (searches: readonly SearchLog[]) => searches.map((s) => `${s.date} ${s.where}「${s.words}」: ${s.result}`).join(' / ');

/** Why a number needs a check, or undefined when it is published on current, independent evidence. */
function phoneReason(phone: PhoneEvidence, siblings: readonly PhoneEvidence[], today: string): WorkReason | undefined {
  if (phone.conflict) return 'conflict';
  if (!isPublishable(phone, siblings)) return phone.stale || phone.superseded ? 'stale' : 'lead';
  if (oldSince(phone, today)) return 'old';
  if (new Set(phone.sources.map(publisherOf).filter(Boolean)).size < 2) return 'single-source';
  return undefined;
}

function entryItems(base: Omit<WorkItem, 'value' | 'reason' | 'sources'>, phones: readonly PhoneEvidence[], today: string): WorkItem[] {
  if (phones.length === 0) return [{ ...base, value: '', reason: 'unknown', sources: '' }];
  // Superseded numbers are history, not work, while another number stands.
  return phones
    .filter((p) => !p.superseded || phones.every((q) => q.superseded))
    .flatMap((phone) => {
      const reason = phoneReason(phone, phones, today);
      return reason ? [{ ...base, value: phone.number, reason, sources: phone.sources.map((s) => s.url).join(' ') }] : [];
    });
}

export function worklist(input: WorklistInput, today: string): WorkItem[] {
  const items: WorkItem[] = [];
  const byCode = new Map(input.prefectures.map((p) => [p.data.code, p]));
  for (const pref of PREFECTURES) {
    const entry = byCode.get(pref.code);
    const population = input.population[pref.code];
    for (const role of ROLES) {
      const slugs = entry?.data.contacts.filter((c) => c.role === role).map((c) => c.organisation) ?? [];
      if (slugs.length === 0) {
        const searched = describeSearches(entry?.data.searches?.filter((s) => s.role === role) ?? []);
        items.push({ population, prefecture: pref.name, kind: CONTACT_ROLES[role].label, name: '', file: entry?.file ?? '', value: '', reason: 'no-entry', sources: '', searched });
      }
      for (const slug of slugs) {
        const org = input.organisations.get(slug);
        if (!org) continue; // a broken reference is a content problem, reported by loadContent
        const base = { population, prefecture: pref.name, kind: CONTACT_ROLES[role].label, name: org.data.name, file: org.file, website: org.data.website, searched: describeSearches(org.data.searches) };
        items.push(...entryItems(base, org.data.phones, today));
      }
    }
  }
  for (const { city: m, kind } of bigCities(input.municipalities, input.coreCities)) {
    const window = input.municipalWindows.get(m.lgCode);
    const base = {
      population: input.population[m.prefCode],
      prefecture: prefectureByCode(m.prefCode)!.name,
      kind: `市区町村の窓口（${kind}）`,
      name: m.name,
      file: `content/municipal-windows/${m.lgCode}.yaml`,
      searched: describeSearches(window ? window.searches : (input.windowSearches?.[m.lgCode] ?? [])),
    };
    if (!window) items.push({ ...base, value: '', reason: 'no-window', sources: '' });
    else items.push(...entryItems({ ...base, name: `${m.name} ${window.department ?? ''}`.trim() }, window.phones, today));
  }
  // Most people first; prefectures whose population no source gives yet come last, in code order.
  return items.map((item, index) => ({ item, index })).sort((a, b) => (b.item.population ?? -1) - (a.item.population ?? -1) || a.index - b.index).map((x) => x.item);
}

const CSV_COLUMNS: [keyof WorkItem | 'reasonText', string][] = [
  ['population', '人口（都道府県）'],
  ['prefecture', '都道府県'],
  ['kind', '種類'],
  ['name', '団体・窓口'],
  ['website', 'ウェブサイト'],
  ['value', '現在の値'],
  ['reasonText', '確認が必要な理由'],
  ['sources', '出典'],
  ['searched', 'これまでに探したこと'],
  ['file', '編集するファイル'],
];

const csvCell = (value: unknown) => {
  const text = value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function worklistCsv(items: WorkItem[]): string {
  const rows = items.map((item) => CSV_COLUMNS.map(([key]) => csvCell(key === 'reasonText' ? WORK_REASONS[item.reason] : item[key])).join(','));
  return [CSV_COLUMNS.map(([, label]) => label).join(','), ...rows].join('\n') + '\n';
}
