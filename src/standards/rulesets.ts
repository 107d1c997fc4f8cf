/**
 * Standards rule sets: data files naming their legal source, one per decree, each with the dates it
 * holds for and the staff types it covers. A user may pass a path to a file of the same shape instead
 * of a built-in id. A requirement the engine cannot check is refused when the set is loaded.
 */
import { readFile } from 'node:fs/promises';
import { CbccError, type Said } from '../errors.js';
import { unreadable } from '../config/said.js';
import { DIMENSION_LEVELS, type Level } from '../vocab/dimensions.js';
import ccxa2025 from './rulesets/ccxa-2025.json' with { type: 'json' };
import nd33 from './rulesets/nd33-2023.json' with { type: 'json' };
import nd34 from './rulesets/nd34-2019.json' with { type: 'json' };
import type { Ymd } from '../normalize/age.js';
import { formatYmd } from '../normalize/age.js';

/** What the engine checks (normalize gives a level for each); anything else in "requires" is refused. */
export const CHECKABLE = ['generalEducation', 'education', 'politicalTheory', 'stateManagement'] as const;
export type Requirement = (typeof CHECKABLE)[number];
/** Checked only where the roster has a column for them. */
export const NEEDS_COLUMN: readonly Requirement[] = ['generalEducation', 'stateManagement'];

export type CoveredStaffType = 'canBo' | 'congChuc' | 'other';

export interface RuleGroup {
  id: string;
  label: string;
  /** Titles (word prefixes, folded) that put a person in this group, before staff type is looked at. */
  titles?: string[];
  staffType?: Level<'staffType'>;
  /** false: people in this group are not assessed by this set (said in `open`). */
  assess?: boolean;
  requires: { [R in Requirement]?: Level<R> };
}

/** When a rule set's provisions for one staff type hold. */
export interface Coverage {
  from: string;
  to?: string;
  /** From this date on, whether the provisions still apply is open (`open` says why). */
  openFrom?: string;
  open?: string;
  note?: string;
}

export interface RuleSet {
  id: string;
  title: string;
  source: string;
  inForce: { from: string; to?: string };
  staffTypes: { [T in CoveredStaffType]?: Coverage };
  /** What the set leaves open, said in the report. */
  open?: string[];
  groups: RuleGroup[];
  /** What a disadvantaged unit (config "disadvantagedUnits") may have lowered. */
  disadvantaged?: { education?: Level<'education'> };
  /** Requirements deferred until a date for ethnic-minority staff and/or people in disadvantaged units. */
  grace?: { until: string; minority?: boolean; disadvantagedUnits?: boolean; requirements: Requirement[] };
}

export const BUILT_IN: Record<string, RuleSet> = {
  'ccxa-2025': ccxa2025 as RuleSet,
  'nd33-2023': nd33 as RuleSet,
  'nd34-2019': nd34 as RuleSet,
};

/** Whether a staff type's provisions hold at a date: in force, open (may or may not), or not. */
export function coverageAt(rules: RuleSet, staffType: string, date: string): 'inForce' | 'open' | 'outside' | 'none' {
  const c = rules.staffTypes[staffType as CoveredStaffType];
  if (!c) return 'none';
  if (date < c.from || (c.to !== undefined && date > c.to)) return 'outside';
  return c.openFrom !== undefined && date >= c.openFrom ? 'open' : 'inForce';
}

/** In force at a date for at least one staff type (open provisions do not count). */
export function inForceAt(rules: RuleSet, date: string): boolean {
  return Object.keys(rules.staffTypes).some((t) => coverageAt(rules, t, date) === 'inForce');
}

/** The rule set in force at a date: the built-in in force then that began last (ND 34/2019 before any). */
export function defaultRuleSet(asOf: Ymd): RuleSet {
  const date = formatYmd(asOf);
  const candidates = Object.values(BUILT_IN)
    .filter((r) => inForceAt(r, date))
    .sort((a, b) => (a.inForce.from < b.inForce.from ? 1 : -1));
  return candidates[0] ?? BUILT_IN['nd34-2019']!;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function validate(rules: RuleSet, where: string): RuleSet {
  const bad = (m: string): never => {
    throw new CbccError('USAGE', `standards: ${m}`, { file: where });
  };
  if (!rules || typeof rules.id !== 'string' || !Array.isArray(rules.groups)) bad('a rule set needs "id" and "groups"');
  if (!rules.inForce || !ISO.test(String(rules.inForce.from)) || (rules.inForce.to && !ISO.test(rules.inForce.to)))
    bad('a rule set needs "inForce": { "from": "YYYY-MM-DD" } (and "to" when it has ended)');
  if (!rules.staffTypes || typeof rules.staffTypes !== 'object' || Object.keys(rules.staffTypes).length === 0)
    bad('a rule set needs "staffTypes": { "canBo" | "congChuc": { "from": "YYYY-MM-DD", "to"? } }');
  for (const [type, c] of Object.entries(rules.staffTypes)) {
    if (!['canBo', 'congChuc', 'other'].includes(type)) bad(`"staffTypes.${type}" is not a staff type`);
    if (!c || !ISO.test(String(c.from)) || (c.to && !ISO.test(c.to))) bad(`"staffTypes.${type}" needs "from" dates`);
  }
  for (const g of rules.groups) {
    for (const [req, level] of Object.entries(g.requires ?? {})) {
      if (!(CHECKABLE as readonly string[]).includes(req))
        bad(
          `group "${g.id}" requires "${req}", which this tool cannot check (it checks ${CHECKABLE.join(', ')}); remove it or check it by hand`,
        );
      const levels = DIMENSION_LEVELS[req as Requirement] as readonly string[];
      if (!levels.includes(level as string))
        bad(`group "${g.id}": "${req}: ${String(level)}" is not a level of ${req}`);
    }
  }
  for (const r of rules.grace?.requirements ?? [])
    if (!(CHECKABLE as readonly string[]).includes(r)) bad(`"grace" defers "${r}", which this tool cannot check`);
  return rules;
}

export async function loadRuleSet(name: string, cwd: string): Promise<RuleSet> {
  const builtIn = BUILT_IN[name];
  if (builtIn) return validate(builtIn, name);
  if (!name.endsWith('.json'))
    throw new CbccError(
      'USAGE',
      `--standards: unknown rule set "${name}" (built in: ${Object.keys(BUILT_IN).join(', ')}, or a .json file)`,
    );
  const path = name.startsWith('/') ? name : `${cwd}/${name}`;
  let parsed: RuleSet;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as RuleSet;
  } catch (err) {
    // Said in the interface language, the file as given: missing, unreadable or not JSON.
    const problem: Said =
      err instanceof SyntaxError
        ? { key: 'notJson', args: [err.message] }
        : { key: 'fileUnreadable', args: [unreadable(err)] };
    throw new CbccError('USAGE', { key: 'inConfig', args: ['standards', problem] }, { file: name });
  }
  return validate(parsed, name);
}
