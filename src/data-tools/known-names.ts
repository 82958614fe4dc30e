/**
 * The Japanese names content knows — organisations, national and language lines, schemes, prefectures and
 * municipalities — which a page in another language may give as they are (a caller says them that way). Longest
 * first, so that a name is taken whole before a shorter name inside it.
 */
import { PREFECTURES } from '../domain/prefectures';
import type { LoadedContent } from './load-content';

export function knownNames(content: Pick<LoadedContent, 'organisations' | 'nationalLines' | 'languageLines' | 'schemes' | 'municipalities' | 'municipalWindows'>): string[] {
  const names = [
    ...[...content.organisations.values()].map((o) => o.data.name),
    ...content.nationalLines.map((l) => l.data.name),
    ...content.languageLines.map((l) => l.data.name),
    ...content.schemes.flatMap((s) => [s.data.name, s.data.shortName ?? '']),
    ...PREFECTURES.map((p) => p.name),
    ...content.municipalities.map((m) => m.name),
    ...[...content.municipalWindows.values()].flatMap((w) => [w.department ?? '', ...(w.benefits ?? []).map((b) => b.name)]),
    // Names of lines written in the lines' own labels (法テラス・サポートダイヤル) and the bodies they belong to.
    ...content.nationalLines.flatMap((l) => l.data.phones.map((p) => p.label ?? '')),
  ];
  // The national bodies the sources are from.
  names.push('警察庁', '法務省', '厚生労働省', '内閣府', '内閣府男女共同参画局', '総務省', '検察庁', '日本弁護士連合会');
  // A name and the parts of it written apart (「法テラス」 of 「法テラス 多言語情報提供サービス」), and without its legal form.
  const parts = (n: string) => [n, n.replace(/^(公益社団法人|公益財団法人|一般社団法人|一般財団法人|認定NPO法人|特定非営利活動法人|NPO法人|社会福祉法人)/, ''), ...n.split(/[\s　（）()]+/)];
  return [...new Set(names.flatMap(parts).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
}
