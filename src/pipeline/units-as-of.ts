/**
 * `--units-as-of 2025-07-01`: a pre-reform roster's units regrouped onto the units formed on 1 July
 * 2025 (normalize/reform-units.ts), so that 2024 and 2026 figures stand side by side per new commune.
 * People of an old unit split between new ones are a group of their own, named so, never assigned;
 * names in neither list keep their group and are warned about.
 */
import { readFile } from 'node:fs/promises';
import type { Collector } from '../aggregate/collector.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { CbccError } from '../errors.js';
import { regroupUnits, unitsGoneByReform } from '../normalize/reform-units.js';
import { REFORM_DATE } from '../normalize/titles.js';
import type { SourceReport } from '../aggregate/contract.js';
import { CsvParser } from '../read/csv-parser.js';

/** The group each unit name as written falls in after the reform (a new unit, a split unit's own group, or itself). */
export function regroupedNames(raw: Iterable<string>, mapping?: ReadonlyMap<string, string>): Map<string, string> {
  const names = [...raw].filter((u) => u !== '');
  const { units } = regroupUnits(names, mapping);
  const out = new Map<string, string>();
  for (const name of names) {
    const at = units.get(name);
    out.set(
      name,
      at?.kind === 'new' ? at.unit : at?.kind === 'split' ? `${name} (cũ; chia cho ${at.candidates.join(', ')})` : name,
    );
  }
  return out;
}

export function regroupCollector(collector: Collector, mapping?: ReadonlyMap<string, string>): ReportWarning[] {
  const raw = [...collector.byRawUnit.keys()].filter((u) => u !== '');
  const { units } = regroupUnits(raw, mapping);
  const groups = regroupedNames(raw, mapping);
  const split: string[] = [];
  const unknown: string[] = [];
  let splitPeople = 0;
  let unknownPeople = 0;
  const tallies = new Map(collector.byRawUnit);
  collector.byRawUnit.clear();
  for (const [name, tally] of tallies) {
    const at = name ? units.get(name) : undefined;
    const group = groups.get(name) ?? name;
    if (at?.kind === 'split') {
      split.push(`${name} → ${at.candidates.join(' | ')} (${tally.total})`);
      splitPeople += tally.total;
    } else if (at?.kind === 'unknown') {
      unknown.push(`"${name}" (${tally.total})`);
      unknownPeople += tally.total;
    }
    const into = collector.byRawUnit.get(group);
    if (into) into.merge(tally);
    else collector.byRawUnit.set(group, tally);
  }
  const out: ReportWarning[] = [];
  if (split.length > 0)
    out.push({
      code: 'UNIT_SPLIT',
      message: `${splitPeople} people are in old units split between new ones, listed apart and not assigned: ${split.join(', ')}`,
      count: splitPeople,
    });
  if (unknown.length > 0)
    out.push({
      code: 'UNIT_NOT_IN_LIST',
      message: `${unknownPeople} people are in units that are neither an old nor a new commune of the list (misspelt?), kept as written: ${unknown.join(', ')}`,
      count: unknownPeople,
    });
  return out;
}

/**
 * Without `--units-as-of`, on rosters whose titles are read after 1/7/2025: units of before the merger
 * ("Xã Sơn Cẩm", merged into Phường Quan Triều) are counted as units of their own beside the new ones.
 */
export function goneUnitsWarning(collector: Collector, sources: readonly SourceReport[]): ReportWarning[] {
  const read = sources.filter((s) => s.postsAt !== undefined);
  if (read.length === 0 || read.some((s) => s.postsAt! < REFORM_DATE)) return [];
  const gone = unitsGoneByReform([...collector.byRawUnit.keys()].filter((u) => u !== ''));
  if (gone.size === 0) return [];
  let people = 0;
  const named: string[] = [];
  for (const [name, into] of gone) {
    const total = collector.byRawUnit.get(name)!.total;
    people += total;
    named.push(`${name} → ${into.join(' | ')} (${total})`);
  }
  return [
    {
      code: 'UNITS_BEFORE_REFORM',
      message: `${people} people are in units that no longer exist from 1/7/2025, counted as units of their own although the titles are read after that day: ${named.join(', ')}; give --units-as-of 2025-07-01 to count them in the new units`,
      count: people,
    },
  ];
}

/** A user's mapping file: "old unit,new unit" rows (UTF-8, comma or semicolon; a header row is harmless). */
export async function readUnitsMap(path: string, shown: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (err) {
    throw new CbccError('USAGE', `--units-map: cannot read it: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, {
      file: shown,
    });
  }
  const parser = new CsvParser(text.split('\n', 1)[0]!.includes(';') ? ';' : ',');
  const map = new Map<string, string>();
  for (const [from, to] of [...parser.push(text), ...parser.end()]) {
    if (from?.trim() && to?.trim()) map.set(from.trim(), to.trim());
  }
  if (map.size === 0) throw new CbccError('USAGE', '--units-map: no "old unit,new unit" rows', { file: shown });
  return map;
}
