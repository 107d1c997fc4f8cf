/**
 * Unit names a commune roster read after 1/7/2025 should not have, said (review rv26): a unit written with
 * another kind than the list of units gives it ("Xã Quan Triều" for Phường Quan Triều: counted as written,
 * a unit apart from the ward), and a unit that is a district's or province's body
 * ("UBND huyện Đồng Hỷ", "Huyện ủy Phú Bình", "Phòng Nội vụ huyện Đại Từ": districts ended that day).
 */
import type { Collector } from '../aggregate/collector.js';
import type { SourceReport } from '../aggregate/contract.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { unitsOfOtherKind } from '../normalize/reform-units.js';
import { REFORM_DATE, namesBodyAboveCommune } from '../normalize/titles.js';

export function unitDoubts(collector: Collector, sources: readonly SourceReport[]): ReportWarning[] {
  // Only on tables read after the reform: there the list of units is read anyway (UNITS_BEFORE_REFORM), and
  // a small report of before it does not pay for reading it (about 0.2 s; issue 17: start-up).
  const read = sources.filter((s) => s.postsAt !== undefined);
  if (read.length === 0 || read.some((s) => s.postsAt! < REFORM_DATE)) return [];
  const names = [...collector.byRawUnit.keys()].filter((u) => u !== '');
  const people = (name: string) => collector.byRawUnit.get(name)!.total;
  const out: ReportWarning[] = [];
  const otherKind = unitsOfOtherKind(names);
  if (otherKind.size > 0) {
    const named = [...otherKind].map(([name, listed]) => ({ name, listed, people: people(name) }));
    const count = [...otherKind.keys()].reduce((n, name) => n + people(name), 0);
    out.push(said('UNIT_KIND_DIFFERS', { key: 'unitKindDiffers', args: [count, named] }, { count }));
  }
  const above = names.filter(namesBodyAboveCommune);
  if (above.length > 0) {
    const count = above.reduce((n, name) => n + people(name), 0);
    const units = above.map((name) => ({ name, count: people(name) }));
    out.push(said('UNITS_ABOVE_COMMUNE', { key: 'unitsAboveCommune', args: [count, units] }, { count }));
  }
  return out;
}
