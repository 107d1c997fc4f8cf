/**
 * `--export-data FILE`: one row per person counted, with every level the report counts them under (id
 * and label), their unit as the report names it, title, source file, sheet and row — so that PSPP/SPSS,
 * R or pandas can re-run any table. Rows come from the person sink (pipeline/person-sink.ts), in input
 * order; only the sheets the report counted are exported. The writing is in render/export-data.ts.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { NO_UNIT } from '../aggregate/groups.js';
import type { Report } from '../aggregate/contract.js';
import { AGE_GROUP, DIMENSION_LABELS, type DimensionId } from '../vocab/dimensions.js';
import { levelLabel } from '../render/labels.js';
import { sinkPath, type PersonLine } from './person-sink.js';
import { regroupedNames } from './units-as-of.js';
import { FileAliases } from './redact.js';

/** A variable of the data set, as the codebook describes it. */
export interface Variable {
  name: string;
  description: string;
  type: 'text' | 'number';
  /** For a level id: its values and their labels, in the report's order. */
  values?: Array<{ value: string; label: string }>;
}

/** What one part of the export is: a report and the inputs it was made of (a period with --series). */
export interface ExportPart {
  report: Report;
  files: readonly string[];
  /** With --series: the period's label, written in a `period` column. */
  period?: string;
}

export interface ExportSpec {
  /** The sink folder the inputs were streamed to. */
  dir: string;
  parts: readonly ExportPart[];
  /** Without names, ids and titles (--redact). */
  redact: boolean;
  /** --units-as-of: the mapping the report regrouped units with (undefined: the built-in list). */
  unitsAfterReform?: { mapping?: ReadonlyMap<string, string> };
}

export type Row = Array<string | number | null>;

function dimensionsOf(parts: readonly ExportPart[]): DimensionId[] {
  const seen: DimensionId[] = [];
  for (const p of parts)
    for (const d of Object.keys(p.report.dimensions) as DimensionId[]) if (!seen.includes(d)) seen.push(d);
  return seen;
}

/** The variables, in column order. */
export function variables(spec: Pick<ExportSpec, 'parts' | 'redact'>): Variable[] {
  const out: Variable[] = [];
  if (spec.parts.some((p) => p.period !== undefined))
    out.push({ name: 'period', description: 'Kỳ báo cáo (--series)', type: 'text' });
  out.push(
    { name: 'sourceFile', description: 'Tệp nguồn', type: 'text' },
    { name: 'sourceSheet', description: 'Trang tính nguồn', type: 'text' },
    { name: 'sourceRow', description: 'Số dòng trong trang tính nguồn', type: 'number' },
  );
  if (!spec.redact)
    out.push(
      { name: 'id', description: 'Mã cán bộ / số định danh, như ghi trong danh sách', type: 'text' },
      { name: 'name', description: 'Họ và tên', type: 'text' },
    );
  out.push({ name: 'unit', description: 'Đơn vị, như báo cáo gọi (tên đã hợp nhất)', type: 'text' });
  // A unit and a title ("Chủ tịch UBND" of one commune) name one person: left out as the report's lists do.
  if (!spec.redact)
    out.push({ name: 'title', description: 'Chức vụ, chức danh, như ghi trong danh sách', type: 'text' });
  const dims = dimensionsOf(spec.parts);
  for (const d of dims) {
    const levels = new Set<string>();
    for (const p of spec.parts) for (const l of Object.keys(p.report.dimensions[d] ?? {})) levels.add(l);
    const values = [...levels].map((value) => ({ value, label: levelLabel(d, value) }));
    out.push(
      { name: d, description: `${DIMENSION_LABELS[d]} (mã)`, type: 'text', values },
      { name: `${d}_label`, description: `${DIMENSION_LABELS[d]} (nhãn)`, type: 'text' },
    );
  }
  if (dims.includes(AGE_GROUP))
    out.push({ name: 'age', description: 'Tuổi tròn tại ngày tính tuổi (--as-of)', type: 'number' });
  if (dims.includes('ethnicity')) out.push({ name: 'ethnicGroup', description: 'Dân tộc (tên nhóm)', type: 'text' });
  return out;
}

/** The report's unit of a unit as written: regrouped (--units-as-of), then spellings merged. */
function unitResolver(report: Report, raw: ReadonlySet<string>, spec: ExportSpec): (unit: string) => string {
  const merged = new Map<string, string>();
  for (const m of report.unitNames.merged) for (const s of m.spellings) merged.set(s, m.unit);
  const regroup = spec.unitsAfterReform ? regroupedNames(raw, spec.unitsAfterReform.mapping) : undefined;
  return (unit) => {
    if (!unit) return NO_UNIT;
    const group = regroup?.get(unit) ?? unit;
    return merged.get(group) ?? group;
  };
}

async function* linesOf(dir: string, files: readonly string[]): AsyncGenerator<PersonLine> {
  for (const file of files) {
    const path = sinkPath(dir, file);
    if (!existsSync(path)) continue;
    const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as PersonLine;
  }
}

/** The sheets a report counted: people of sheets passed over or of failed inputs are not exported. */
function countedSheets(report: Report): Set<string> {
  return new Set(report.sources.filter((s) => s.status === 'ok').map((s) => `${s.file}\u0000${s.sheet ?? ''}`));
}

/** Every row of the data set, in input order, as the variables say. */
export async function* exportRows(spec: ExportSpec, vars: readonly Variable[]): AsyncGenerator<Row> {
  for (const part of spec.parts) {
    const counted = countedSheets(part.report);
    // Under --redact the report names its files "Tệp 1" … in input order: so does the data set.
    const aliases = spec.redact ? new FileAliases(part.files) : undefined;
    const place = (p: PersonLine) =>
      aliases
        ? { file: aliases.file(p.file), sheet: aliases.sheet(p.file, p.sheet) }
        : { file: p.file, sheet: p.sheet };
    const keep = (p: PersonLine) => counted.has(`${place(p).file}\u0000${place(p).sheet}`);
    const raw = new Set<string>();
    if (spec.unitsAfterReform) for await (const p of linesOf(spec.dir, part.files)) if (keep(p)) raw.add(p.unit);
    const unitOf = unitResolver(part.report, raw, spec);
    for await (const p of linesOf(spec.dir, part.files)) {
      if (!keep(p)) continue;
      yield vars.map((v) => valueOf(v, { ...p, ...place(p) }, unitOf, part.period));
    }
  }
}

function valueOf(v: Variable, p: PersonLine, unitOf: (u: string) => string, period?: string): string | number | null {
  switch (v.name) {
    case 'period':
      return period ?? '';
    case 'sourceFile':
      return p.file;
    case 'sourceSheet':
      return p.sheet;
    case 'sourceRow':
      return p.row;
    case 'id':
      return p.id;
    case 'name':
      return p.name;
    case 'unit':
      return unitOf(p.unit);
    case 'title':
      return p.title;
    case 'age':
      return p.age ?? null;
    case 'ethnicGroup':
      return p.ethnicGroup ?? '';
  }
  const label = v.name.endsWith('_label');
  const d = (label ? v.name.slice(0, -'_label'.length) : v.name) as DimensionId;
  // No column for a dimension in this person's file: unknown, as the report counts them.
  const level = (d === AGE_GROUP ? p.ageGroup : p.levels[d]) ?? 'unknown';
  return label ? levelLabel(d, level) : level;
}
