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

/** JIS X 0402 check digit of a 6-digit local government code. */
export function hasValidCheckDigit(lgCode: string): boolean {
  if (!/^\d{6}$/.test(lgCode)) return false;
  const digits = [...lgCode].map(Number);
  const sum = digits.slice(0, 5).reduce((acc, d, i) => acc + d * (6 - i), 0);
  return (11 - (sum % 11)) % 10 === digits[5];
}
