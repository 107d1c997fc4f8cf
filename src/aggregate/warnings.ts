/**
 * Doubts about the figures, said out loud. A warning is not an error: the report is produced, but the
 * reader is told, at the top of the terminal output, in JSON `warnings`, in the Excel *Chất lượng dữ
 * liệu* sheet and on stderr, and `--strict` exits 3. Codes are a JSON contract: add, never rename.
 */

/** Every code, with what it says in Vietnamese (the terminal and Excel heading of the warning). */
export const WARNING_CODES = {
  /** A dimension whose column exists but whose values are mostly not understood. */
  DIMENSION_MOSTLY_UNKNOWN: 'Phần lớn giá trị của một chỉ tiêu không phân loại được',
  /** People counted in "(không rõ đơn vị)" although some rows name their unit. */
  UNIT_MISSING: 'Có người không rõ đơn vị',
  // Reading one table (issue 10, in-sheet half).
  /** A subtotal, total or unit row states figures that the people counted under it do not add up to. */
  SUBTOTAL_MISMATCH: 'Dòng cộng, tổng cộng không khớp với số người đếm được',
  /** Rows hidden in the workbook: skipped, never counted. */
  HIDDEN_ROWS: 'Có dòng bị ẩn, không được đếm',
  /** Rows counted as people that read like something else (a heading): the tool is not sure. */
  ROW_IN_DOUBT: 'Có dòng được đếm là người nhưng không chắc chắn',
} as const;

export type WarningCode = keyof typeof WARNING_CODES;

export interface ReportWarning {
  code: WarningCode;
  /** One line in English naming what, where and how many (the JSON reader's text). */
  message: string;
  file?: string;
  sheet?: string;
  /** Row numbers concerned (the first few, as in unknownValues). */
  rows?: number[];
  /** How many people or values the warning is about, when it is a count. */
  count?: number;
}

export function warningLabel(code: WarningCode): string {
  return WARNING_CODES[code];
}

/** Warnings in a stable order: by code as listed above, then file, sheet, first row, message. */
export function sortWarnings(warnings: readonly ReportWarning[]): ReportWarning[] {
  const order = Object.keys(WARNING_CODES);
  return [...warnings].sort(
    (a, b) =>
      order.indexOf(a.code) - order.indexOf(b.code) ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.rows?.[0] ?? 0) - (b.rows?.[0] ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/** Above this share of unknown values among people whose file has the column, a dimension is in doubt. */
export const MOSTLY_UNKNOWN = 0.5;

interface LevelCounts {
  [level: string]: { count: number; share: number };
}

/** Report-level checks, from the figures alone (checks that need the rows are made where rows are read). */
export function figureWarnings(figures: {
  total: number;
  dimensions: Record<string, LevelCounts | undefined>;
  unitsCounted: Map<string, number>;
  noUnit: string;
}): ReportWarning[] {
  const out: ReportWarning[] = [];
  if (figures.total === 0) return out;
  for (const [dimension, levels] of Object.entries(figures.dimensions)) {
    const unknown = levels?.unknown?.count ?? 0;
    if (unknown / figures.total > MOSTLY_UNKNOWN)
      out.push({
        code: 'DIMENSION_MOSTLY_UNKNOWN',
        message: `${dimension}: ${unknown} of ${figures.total} people are unknown`,
        count: unknown,
      });
  }
  const noUnit = figures.unitsCounted.get(figures.noUnit) ?? 0;
  const named = [...figures.unitsCounted].filter(([u]) => u !== figures.noUnit).length;
  if (noUnit > 0 && named > 0)
    out.push({
      code: 'UNIT_MISSING',
      message: `${noUnit} people have no unit while the others are in ${named} units`,
      count: noUnit,
    });
  return out;
}
