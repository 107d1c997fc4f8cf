/**
 * A roster's units as the units from 1 July 2025 (vocab/communes.ts): an old unit merged into one new
 * unit is that new unit; an old unit split between several is ambiguous (never guessed); a name that is
 * already a new unit stays; a name in neither list is unknown (misspelt, or not a commune). A user's
 * mapping (old name → new name) wins. Names repeat across provinces: a roster's units are first matched
 * in the province that holds most of them.
 */
import { newUnits } from '../vocab/communes.js';
import { parseUnitName, withoutOldMark } from './units.js';

export type UnitAfterReform =
  | { kind: 'new'; unit: string; how: 'merged' | 'same' | 'map' }
  | { kind: 'split'; candidates: string[] }
  | { kind: 'unknown' };

function keyOf(name: string): string {
  const u = parseUnitName(name);
  return `${u.kind ?? ''}|${u.key}`;
}

interface Target {
  province: string;
  unit: string;
}

let oldIndex: Map<string, Target[]> | undefined;
let newIndex: Map<string, Target[]> | undefined;

function indexes(): { old: Map<string, Target[]>; fresh: Map<string, Target[]> } {
  if (!oldIndex || !newIndex) {
    oldIndex = new Map();
    newIndex = new Map();
    for (const u of newUnits()) {
      const target = { province: u.province, unit: u.unit };
      const k = keyOf(u.unit);
      newIndex.set(k, [...(newIndex.get(k) ?? []), target]);
      for (const o of u.formedFrom) {
        const key = keyOf(o.name);
        const list = oldIndex.get(key) ?? [];
        if (!list.some((t) => t.province === target.province && t.unit === target.unit)) list.push(target);
        oldIndex.set(key, list);
      }
    }
  }
  return { old: oldIndex, fresh: newIndex };
}

/** How a set of unit names (one roster's) lands on the new units. */
export function regroupUnits(names: Iterable<string>, mapping: ReadonlyMap<string, string> = new Map()) {
  const { old, fresh } = indexes();
  const list = [...names];
  const mapped = new Map([...mapping].map(([from, to]) => [keyOf(from), to]));
  // The province most of the roster's names belong to (old or new), to choose among repeated names.
  const votes = new Map<string, number>();
  for (const name of list) {
    const key = keyOf(withoutOldMark(name) ?? name);
    const provinces = new Set([...(old.get(key) ?? []), ...(fresh.get(key) ?? [])].map((t) => t.province));
    for (const p of provinces) votes.set(p, (votes.get(p) ?? 0) + 1);
  }
  const province = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const here = (targets: Target[]) => targets.filter((t) => t.province === province);
  const out = new Map<string, UnitAfterReform>();
  for (const name of list) {
    const forced = mapped.get(keyOf(name));
    if (forced) {
      out.set(name, { kind: 'new', unit: forced, how: 'map' });
      continue;
    }
    // In the roster's province an old unit, else a new one, before an old unit of another province: a new
    // ward of Thái Nguyên ("Phường Quyết Thắng") is not the old ward of Kon Tum that bore its name.
    // A name marked old ("Phường Quang Vinh (cũ)") is looked up among the old units only.
    const former = withoutOldMark(name);
    const key = keyOf(former ?? name);
    const news = former === undefined ? (fresh.get(key) ?? []) : [];
    const olds = old.get(key) ?? [];
    const oldHere = here(olds);
    const targets = oldHere.length > 0 ? oldHere : here(news).length > 0 ? [] : olds;
    if (targets.length === 1) out.set(name, { kind: 'new', unit: targets[0]!.unit, how: 'merged' });
    else if (targets.length > 1) out.set(name, { kind: 'split', candidates: targets.map((t) => t.unit).sort() });
    else if (news.length > 0) out.set(name, { kind: 'new', unit: name, how: 'same' });
    else out.set(name, { kind: 'unknown' });
  }
  return { province, units: out };
}

/**
 * Of a roster's unit names, those that name only an old unit of its province (one gone on 1 July 2025,
 * not also the name of a new unit there: "Xã Sơn Cẩm", not "Phường Quan Triều"), with the new units it
 * went into (several when it was split).
 */
export function unitsGoneByReform(names: Iterable<string>): Map<string, string[]> {
  const { old, fresh } = indexes();
  const { province, units } = regroupUnits(names);
  const inProvince = (targets: Target[] | undefined) => (targets ?? []).some((t) => t.province === province);
  const out = new Map<string, string[]>();
  for (const [name, at] of units) {
    const former = withoutOldMark(name);
    const key = keyOf(former ?? name);
    if (!inProvince(old.get(key)) || (former === undefined && inProvince(fresh.get(key)))) continue;
    if (at.kind === 'new') out.set(name, [at.unit]);
    else if (at.kind === 'split') out.set(name, at.candidates);
  }
  return out;
}

/**
 * Of a roster's unit names, those written with a kind the list does not give them ("Xã Quan Triều" where
 * the list has Phường Quan Triều), with the names the list has: a name that is no unit of its kind, old or
 * new, in any province, while one of another kind bears its base name in the roster's province (anywhere,
 * when no province stands out). A roster of two provinces thus never has a real unit called misnamed.
 */
export function unitsOfOtherKind(names: Iterable<string>): Map<string, string[]> {
  const { old, fresh } = indexes();
  const list = [...names];
  const { province } = regroupUnits(list);
  const inScope = (targets: Target[] | undefined) =>
    (targets ?? []).some((t) => province === undefined || t.province === province);
  const out = new Map<string, string[]>();
  for (const name of list) {
    const u = parseUnitName(withoutOldMark(name) ?? name);
    if (!u.kind) continue;
    const key = `${u.kind}|${u.key}`;
    if (old.has(key) || fresh.has(key)) continue;
    const others = new Set<string>();
    for (const kind of ['Phường', 'Xã', 'Thị trấn', 'Đặc khu'] as const) {
      if (kind === u.kind) continue;
      const other = `${kind}|${u.key}`;
      if (inScope(fresh.get(other))) others.add(`${kind} ${u.base}`);
      else if (inScope(old.get(other))) others.add(`${kind} ${u.base} (cũ)`);
    }
    if (others.size > 0) out.set(name, [...others].sort());
  }
  return out;
}
