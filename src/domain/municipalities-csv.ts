/**
 * Parses content/municipalities.csv (総務省 全国地方公共団体コード, as compiled in the research).
 * Strict: a wrong header or a short row throws with the line number, because Astro's file()
 * loader would otherwise drop the whole collection with only a log line.
 */
export const MUNICIPALITY_COLUMNS = ['lgCode', 'prefCode', 'prefecture', 'name', 'reading', 'kind', 'parentCode'] as const;
export type MunicipalityRow = Record<(typeof MUNICIPALITY_COLUMNS)[number], string> & { id: string };

export function parseMunicipalitiesCsv(text: string, file = 'content/municipalities.csv'): MunicipalityRow[] {
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  const header = lines[0]?.split(',');
  if (header?.join(',') !== MUNICIPALITY_COLUMNS.join(',')) {
    throw new Error(`${file}: 1行目: 見出しは ${MUNICIPALITY_COLUMNS.join(',')} である必要があります`);
  }
  return lines.slice(1).map((line, index) => {
    const cells = line.split(',');
    if (cells.length !== MUNICIPALITY_COLUMNS.length) {
      throw new Error(`${file}: ${index + 2}行目: 列の数が ${cells.length} です（${MUNICIPALITY_COLUMNS.length} 列必要）`);
    }
    const row = Object.fromEntries(MUNICIPALITY_COLUMNS.map((column, i) => [column, cells[i]])) as MunicipalityRow;
    return { ...row, id: row.lgCode };
  });
}

const checkDigit = (five: string) => (11 - ([...five].reduce((acc, d, i) => acc + Number(d) * (6 - i), 0) % 11)) % 10;

/** JIS X 0402 check digit of a 6-digit local government code. */
export function hasValidCheckDigit(lgCode: string): boolean {
  return /^\d{6}$/.test(lgCode) && checkDigit(lgCode.slice(0, 5)) === Number(lgCode[5]);
}

/** A prefecture's own 6-digit 団体コード (東京都 "13" → "130001"). */
export const prefectureLgCode = (prefCode: string) => `${prefCode}000${checkDigit(`${prefCode}000`)}`;
