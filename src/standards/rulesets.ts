/**
 * Standards rule sets: data files naming their legal source, one per decree. A user may pass a path
 * to a file of the same shape instead of a built-in id.
 */
import { readFile } from 'node:fs/promises';
import { CbccError } from '../errors.js';
import { DIMENSION_LEVELS, type Level } from '../vocab/dimensions.js';
import nd33 from './rulesets/nd33-2023.json' with { type: 'json' };
import nd34 from './rulesets/nd34-2019.json' with { type: 'json' };
import type { Ymd } from '../normalize/age.js';

export type Requirement = 'generalEducation' | 'education' | 'politicalTheory';

export interface RuleGroup {
  id: string;
  label: string;
  /** Titles (word prefixes, folded) that put a person in this group, before staff type is looked at. */
  titles?: string[];
  staffType?: Level<'staffType'>;
  requires: {
    generalEducation?: Level<'generalEducation'>;
    education?: Level<'education'>;
    politicalTheory?: Level<'politicalTheory'>;
  };
}

export interface RuleSet {
  id: string;
  title: string;
  source: string;
  inForce: { from: string; to?: string };
  groups: RuleGroup[];
  /** What a disadvantaged unit (config "disadvantagedUnits") may have lowered. */
  disadvantaged?: { education?: Level<'education'> };
}

export const BUILT_IN: Record<string, RuleSet> = { 'nd33-2023': nd33 as RuleSet, 'nd34-2019': nd34 as RuleSet };

/** The rule set in force at a date: ND 33/2023 from 1 August 2023, ND 34/2019 before. */
export function defaultRuleSet(asOf: Ymd): RuleSet {
  const date = `${asOf.year}-${String(asOf.month).padStart(2, '0')}-${String(asOf.day).padStart(2, '0')}`;
  return date >= BUILT_IN['nd33-2023']!.inForce.from ? BUILT_IN['nd33-2023']! : BUILT_IN['nd34-2019']!;
}

function validate(rules: RuleSet, where: string): RuleSet {
  const bad = (m: string): never => {
    throw new CbccError('USAGE', `standards: ${m}`, { file: where });
  };
  if (!rules || typeof rules.id !== 'string' || !Array.isArray(rules.groups)) bad('a rule set needs "id" and "groups"');
  for (const g of rules.groups) {
    for (const [req, level] of Object.entries(g.requires ?? {})) {
      const levels = DIMENSION_LEVELS[req as Requirement] as readonly string[] | undefined;
      if (!levels || !levels.includes(level as string))
        bad(`group "${g.id}": "${req}: ${String(level)}" is not a requirement and level`);
    }
  }
  return rules;
}

export async function loadRuleSet(name: string, cwd: string): Promise<RuleSet> {
  const builtIn = BUILT_IN[name];
  if (builtIn) return builtIn;
  if (!name.endsWith('.json'))
    throw new CbccError(
      'USAGE',
      `--standards: unknown rule set "${name}" (built in: ${Object.keys(BUILT_IN).join(', ')}, or a .json file)`,
    );
  const path = name.startsWith('/') ? name : `${cwd}/${name}`;
  try {
    return validate(JSON.parse(await readFile(path, 'utf8')) as RuleSet, name);
  } catch (err) {
    if (err instanceof CbccError) throw err;
    throw new CbccError('USAGE', `standards: cannot read the rule set: ${(err as Error).message}`, { file: name });
  }
}
