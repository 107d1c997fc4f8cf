/**
 * One dimension's thesis table — "Bảng 2.3. Trình độ chuyên môn …", Chỉ tiêu | Số lượng (người) |
 * Tỷ lệ (%) — with the config's title, labels, order and merged lines, the "Trong đó" lines, and, when
 * asked, the lines with no one left out and a valid percent over the people whose level is known.
 */
import type { Report } from '../aggregate/contract.js';
import { CbccError } from '../errors.js';
import { DERIVED, type DimensionId } from '../vocab/dimensions.js';
import { textFor } from './text/index.js';
import { derivedAfter } from './labels.js';
import { formatDecimal } from './numbers.js';
import { linesOf, shownAsLine } from './table-config.js';
import {
  count,
  hundred,
  shareCell,
  shareCells,
  type Cell,
  type TableModel,
  type TableOptions,
  type TableRow,
} from './table-model.js';

export function dimensionTable(report: Report, d: DimensionId, n: string, o: TableOptions): TableModel {
  const L = textFor(o.lang).tables;
  const levels = report.dimensions[d]!;
  const config = o.config?.[d];
  const sum = (ls: readonly string[]) => ls.reduce((s, l) => s + (levels[l]?.count ?? 0), 0);
  // "unknown" is shown only when someone is in it (a clean roster has no such line); with --hide-empty, no empty line.
  const lines = linesOf(d, Object.keys(levels), config, (l) => L.level(d, l)).filter((line) => {
    const c = sum(line.levels);
    return c > 0 || (!o.hideEmpty && line.levels.some((l) => l !== 'unknown'));
  });
  const counts = lines.map((line) => sum(line.levels));
  const shares = shareCells(counts, report.total, o);
  const unknown = levels.unknown?.count ?? 0;
  const known = report.total - unknown;
  const valid = o.validPercent ? validShares(d, lines, counts, known, o) : undefined;
  const rows: TableRow[] = lines.map((line, i) => ({
    cells: [line.label, count(counts[i]!), shares[i]!, ...(valid ? [valid[i]!] : [])],
    kind: 'level',
  }));
  for (const id of derivedAfter(d)) {
    if (shownAsLine(lines, DERIVED[id].levels)) continue;
    const c = report.derived[id].count;
    const cells: Cell[] = [L.derived(id, DERIVED[id].label), count(c), shareCell(c, report.total, o)];
    if (valid) cells.push(shareCell(c, known, o));
    rows.push({ cells, kind: 'derived' });
  }
  const total: Cell[] = [L.total, count(report.total), hundred(o)];
  if (valid) total.push(known > 0 ? hundred(o) : '');
  rows.push({ cells: total, kind: 'total' });
  const notes: string[] = [];
  if (d === 'ageGroup' && report.age) {
    const a = report.age;
    notes.push(
      L.ageNote(
        a.mean === null ? '—' : formatDecimal(a.mean, 1, o.lang),
        a.median === null ? '—' : formatDecimal(a.median, 1, o.lang),
        a.asOf,
        a.birthYearOnly,
      ),
    );
  }
  if (valid) notes.push(L.validNote(known, unknown));
  return {
    id: d,
    kind: 'dimension',
    title: config?.title ? L.caption(n, config.title) : L.tableTitle(n, L.dimension(d)),
    head: [L.indicator, L.count, L.share, ...(valid ? [L.validShare] : [])],
    rows,
    notes,
  };
}

/** SPSS's "valid percent": each known line over the people whose level is known; blank on the unknown line. */
function validShares(
  d: DimensionId,
  lines: Array<{ label: string; levels: string[] }>,
  counts: number[],
  known: number,
  o: TableOptions,
): Cell[] {
  const mixed = lines.find((l) => l.levels.includes('unknown') && l.levels.length > 1);
  if (mixed)
    throw new CbccError(
      'USAGE',
      `--valid-percent: the line "${mixed.label}" of ${d} merges "unknown" with known levels, so it has no share over the known`,
    );
  const isKnown = lines.map((l) => !l.levels.includes('unknown'));
  const shares = shareCells(
    counts.filter((_, i) => isKnown[i]),
    known,
    o,
  );
  let k = 0;
  return isKnown.map((yes) => (yes ? shares[k++]! : ''));
}
