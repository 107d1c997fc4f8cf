/**
 * `--units-as-of 2025-07-01`: a pre-reform roster's units regrouped onto the units formed on 1 July
 * 2025 (normalize/reform-units.ts), so that 2024 and 2026 figures stand side by side per new commune.
 * People of an old unit split between new ones are a group of their own, named so, never assigned;
 * names in neither list keep their group and are warned about.
 */
import { readFile } from 'node:fs/promises';
import type { Collector } from '../aggregate/collector.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { CbccError } from '../errors.js';
import { regroupUnits, unitsGoneByReform } from '../normalize/reform-units.js';
import { parseUnitName, withoutOldMark } from '../normalize/units.js';
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
    out.push(said('UNIT_SPLIT', { key: 'unitSplit', args: [splitPeople, split] }, { count: splitPeople }));
  if (unknown.length > 0)
    out.push(
      said('UNIT_NOT_IN_LIST', { key: 'unitNotInList', args: [unknownPeople, unknown] }, { count: unknownPeople }),
    );
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
  const groups = goneUnitGroups(gone, (name) => collector.byRawUnit.get(name)!.total);
  const people = groups.reduce((n, g) => n + g.people, 0);
  const shown = groups
    .slice(0, GONE_UNITS_SHOWN)
    .map((g) => ({ name: g.names[0]!, also: g.names.slice(1), into: g.into, people: g.people }));
  const rest = groups.slice(GONE_UNITS_SHOWN);
  const more = rest.length > 0 ? { units: rest.length, people: rest.reduce((n, g) => n + g.people, 0) } : undefined;
  return [
    said(
      'UNITS_BEFORE_REFORM',
      { key: 'unitsBeforeReform', args: [people, groups.length, shown, more] },
      { count: people },
    ),
  ];
}

/** How many old units UNITS_BEFORE_REFORM names; the others are counted (a national roster has hundreds). */
const GONE_UNITS_SHOWN = 20;

interface GoneUnit {
  /** Its spellings in the roster, the one most people are under first. */
  names: string[];
  into: string;
  people: number;
}

/**
 * The old units a roster names, each once however it is spelt ("Xã Sơn Cẩm", "xã Sơn Cẩm", "X. Sơn
 * Cẩm"), most people first, ordered by the new unit they went into when as many.
 */
export function goneUnitGroups(gone: ReadonlyMap<string, string[]>, people: (name: string) => number): GoneUnit[] {
  const byUnit = new Map<string, { names: Array<[string, number]>; into: string }>();
  for (const [name, into] of gone) {
    const key = `${parseUnitName(withoutOldMark(name) ?? name).key}→${into.join('|')}`;
    let g = byUnit.get(key);
    if (!g) byUnit.set(key, (g = { names: [], into: into.join(' | ') }));
    g.names.push([name, people(name)]);
  }
  return [...byUnit.values()]
    .map((g) => {
      const names = g.names.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      return { names: names.map(([n]) => n), into: g.into, people: names.reduce((n, [, c]) => n + c, 0) };
    })
    .sort((a, b) => b.people - a.people || (a.into < b.into ? -1 : a.into > b.into ? 1 : 0));
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
