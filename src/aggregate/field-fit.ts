/**
 * The report's `fieldFit` section: the table judged by (its lines and their basis), the figure per
 * staff type, and the people whose field does not fit their post. Per-unit figures are the dimension's
 * own (every unit's `dimensions.fieldFit`).
 */
import { fitRules, type FieldFitSettings } from '../normalize/field-fit.js';
import type { Levels } from '../normalize/person.js';
import { FIT_TABLE, type FitRule } from '../vocab/field-fit.js';
import { DIMENSION_LEVELS, type Level } from '../vocab/dimensions.js';
import type { Collector } from './collector.js';
import type { ListedPerson } from './contract.js';

export type FitCounts = Record<Level<'fieldFit'>, number>;

export interface FieldFitReport {
  /** The table of posts → fields this run judged by (the tool's, dated, with the config's lines in place). */
  table: { id: string; date: string; rules: FitRule[] };
  byStaffType: Record<string, FitCounts>;
  people: Array<ListedPerson & { field: string; families: string[]; posts: string[] }>;
}

const empty = (): FitCounts => ({ fits: 0, notFits: 0, unknown: 0 });

export function fieldFitReport(
  collector: Collector,
  settings: FieldFitSettings | undefined,
  unitOf: (raw: string) => string,
): FieldFitReport {
  const byStaffType: Record<string, FitCounts> = {};
  for (const type of DIMENSION_LEVELS.staffType) byStaffType[type] = empty();
  for (const [levels, n] of collector.overall.profiles as Map<Levels, number>)
    byStaffType[levels.staffType]![levels.fieldFit ?? 'unknown'] += n;
  for (const type of ['other', 'unknown'])
    if (Object.values(byStaffType[type]!).every((n) => n === 0)) delete byStaffType[type];
  return {
    table: { ...FIT_TABLE, rules: fitRules(settings) },
    byStaffType,
    people: collector.misfits.map((p) => ({
      row: p.row,
      file: p.file,
      sheet: p.sheet,
      name: p.name,
      unit: unitOf(p.rawUnit),
      title: p.title,
      staffType: p.staffType,
      field: p.field,
      families: p.families,
      posts: p.posts,
    })),
  };
}
