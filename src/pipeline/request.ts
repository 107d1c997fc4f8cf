/**
 * What a `report` run asks for, made ready for the stages: the config read, the standards chosen, the
 * units map read, and the options recorded as the user gave them (the report's sources sheet and JSON).
 */
import { resolve } from 'node:path';
import type { GroupBy } from '../aggregate/collector.js';
import { loadConfig } from '../config/config.js';
import { CbccError } from '../errors.js';
import { formatYmd, today, type Ymd } from '../normalize/age.js';
import type { SheetChoice } from '../read/sheets.js';
import { defaultRuleSet, loadRuleSet } from '../standards/rulesets.js';
import type { CrossShares } from '../render/table-model.js';
import type { TableId } from '../render/table-select.js';
import type { DimensionId } from '../vocab/dimensions.js';
import type { AnalyzeOptions } from './options.js';
import type { FrameSettings } from '../render/frame.js';
import { readUnitsMap } from './units-as-of.js';

/** The options of `report` that shape the figures or the frame, parsed (src/cli/options.ts); each absent unless given. */
export interface ReportRequest extends FrameSettings {
  sheet?: SheetChoice;
  headerRow?: number;
  by?: GroupBy;
  /** Path of a config, relative to the working folder. */
  config?: string;
  strict?: boolean;
  asOf?: Ymd;
  /** Checked to be the reform's date or later (src/cli/options.ts). */
  unitsAsOf?: Ymd;
  /** Path of a CSV of "old unit,new unit" rows, with unitsAsOf. */
  unitsMap?: string;
  ageBrackets?: number[];
  retiringWithin?: number;
  /** A rule set's name or file, or true for the one in force at asOf. */
  standards?: string | true;
  cross?: Array<[DimensionId, DimensionId]>;
  /** How tables print (recorded when given; they change how tables print, never the figures). */
  tables?: TableId[];
  tablePrefix?: string;
  hideEmpty?: boolean;
  validPercent?: boolean;
  crossShares?: CrossShares;
}

/**
 * How each option is recorded in the report (JSON `options`, the Excel sources sheet), in the JSON's
 * order: one entry per field of ReportRequest, so that a field added there must say how it is recorded
 * (a recorder that returns undefined records nothing).
 */
const RECORDERS: { readonly [K in keyof ReportRequest]-?: (value: NonNullable<ReportRequest[K]>) => unknown } = {
  sheet: (sheet) => (sheet.kind === 'auto' ? undefined : sheet.given),
  headerRow: (row) => row,
  by: (group) => group,
  config: (path) => path,
  strict: (on) => (on ? true : undefined),
  asOf: formatYmd,
  unitsAsOf: formatYmd,
  unitsMap: (path) => path || undefined,
  ageBrackets: (edges) => edges,
  retiringWithin: (years) => years,
  standards: (ruleSet) => (ruleSet === true ? 'default' : ruleSet),
  cross: (tables) => tables.map((t) => t.join(',')),
  tables: (ids) => ids,
  tablePrefix: (prefix) => prefix,
  hideEmpty: (on) => (on ? true : undefined),
  validPercent: (on) => (on ? true : undefined),
  crossShares: (shares) => shares,
  superiorAgency: (text) => text,
  agency: (text) => text,
  nationalHeading: (on) => on,
  title: (text) => text,
  number: (text) => text,
  period: (text) => text,
  place: (text) => text,
  signedOn: formatYmd,
  preparer: (text) => text,
  signer: (text) => text,
  signerTitle: (text) => text,
};

/** The options as the user gave them, for the report's sources sheet and JSON. */
export function recordedOptions(request: ReportRequest): Record<string, unknown> {
  const r: Record<string, unknown> = {};
  for (const [key, record] of Object.entries(RECORDERS) as Array<[keyof ReportRequest, (value: unknown) => unknown]>) {
    const value = request[key] === undefined ? undefined : record(request[key]);
    if (value !== undefined) r[key] = value;
  }
  return r;
}

/** --units-as-of and --units-map, checked and read. */
async function unitsAfterReform(
  request: ReportRequest,
  cwd: string,
): Promise<Pick<AnalyzeOptions, 'unitsAfterReform'>> {
  if (request.unitsMap && !request.unitsAsOf) throw new CbccError('USAGE', { key: 'unitsMapNeedsAsOf', args: [] });
  if (!request.unitsAsOf) return {};
  const mapping = request.unitsMap ? await readUnitsMap(resolve(cwd, request.unitsMap), request.unitsMap) : undefined;
  return { unitsAfterReform: mapping ? { mapping } : {} };
}

/** The options every stage of a report run reads; inputs are read from cwd, "-" from where paths says. */
export async function reportAnalysisOptions(
  request: ReportRequest,
  cwd: string,
  paths: ReadonlyMap<string, string>,
): Promise<AnalyzeOptions> {
  const asOf = request.asOf ?? today();
  const config = request.config ? await loadConfig(resolve(cwd, request.config), request.config) : undefined;
  const standards =
    request.standards === undefined
      ? undefined
      : request.standards === true
        ? defaultRuleSet(asOf)
        : await loadRuleSet(request.standards, cwd);
  const recorded = recordedOptions(request);
  if (config?.disadvantagedUnits.length) recorded.disadvantagedUnits = config.disadvantagedUnits;
  return {
    cwd,
    paths,
    asOf,
    ...(request.asOf ? { postsAt: formatYmd(request.asOf) } : {}),
    ...(await unitsAfterReform(request, cwd)),
    ...(config ? { config } : {}),
    ...(request.sheet !== undefined ? { sheet: request.sheet } : {}),
    ...(request.headerRow !== undefined ? { headerRow: request.headerRow } : {}),
    ...(request.by !== undefined ? { groupBy: request.by } : {}),
    ...(request.ageBrackets ? { ageBrackets: request.ageBrackets } : {}),
    ...(request.retiringWithin !== undefined ? { retiringWithin: request.retiringWithin } : {}),
    ...(standards ? { standards } : {}),
    ...(request.cross ? { crosses: request.cross } : {}),
    recorded,
  };
}
