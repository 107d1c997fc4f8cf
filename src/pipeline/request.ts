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
import type { DimensionId } from '../vocab/dimensions.js';
import type { AnalyzeOptions } from './options.js';
import { readUnitsMap } from './units-as-of.js';

/** The options of `report` that shape the figures, parsed (src/cli/options.ts); each absent unless given. */
export interface ReportRequest {
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
}

/** The options as the user gave them, for the report's sources sheet and JSON (the order is the JSON's). */
export function recordedOptions(request: ReportRequest): Record<string, unknown> {
  const r: Record<string, unknown> = {};
  if (request.sheet !== undefined && request.sheet.kind !== 'auto') r.sheet = request.sheet.given;
  if (request.headerRow !== undefined) r.headerRow = request.headerRow;
  if (request.by !== undefined) r.by = request.by;
  if (request.config !== undefined) r.config = request.config;
  if (request.strict) r.strict = true;
  if (request.asOf) r.asOf = formatYmd(request.asOf);
  if (request.unitsAsOf) r.unitsAsOf = formatYmd(request.unitsAsOf);
  if (request.unitsMap) r.unitsMap = request.unitsMap;
  if (request.ageBrackets) r.ageBrackets = request.ageBrackets;
  if (request.retiringWithin !== undefined) r.retiringWithin = request.retiringWithin;
  if (request.standards !== undefined) r.standards = request.standards === true ? 'default' : request.standards;
  if (request.cross) r.cross = request.cross.map((c) => c.join(','));
  return r;
}

/** --units-as-of and --units-map, checked and read. */
async function unitsAfterReform(
  request: ReportRequest,
  cwd: string,
): Promise<Pick<AnalyzeOptions, 'unitsAfterReform'>> {
  if (request.unitsMap && !request.unitsAsOf) throw new CbccError('USAGE', '--units-map needs --units-as-of');
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
  const config = request.config ? await loadConfig(resolve(cwd, request.config)) : undefined;
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
