/**
 * Receives normalized rows and keeps only counts: overall, per raw unit name and per group,
 * the values not understood (with their first rows) and the rows skipped with their reason.
 */
import type { Misfit, Person, SkipReason } from '../normalize/person.js';
import type { DimensionId } from '../vocab/dimensions.js';
import { rowPaths } from '../normalize/paths.js';
import { Identities, type PlainIdentities } from './identities.js';
import { KindCounts, Kinds, UnitParts, deferredOf } from './kinds.js';
import { mapValues, type FieldsOf } from './plain.js';
import { Tally, type PlainTally } from './tally.js';
import type { ReportWarning } from './warnings.js';
import { addUnknown, mergeUnknown, type UnknownValues } from './unknown-values.js';

export interface SkippedRow {
  file: string;
  sheet: string;
  row: number;
  reason: SkipReason;
  /** The row's first text, for section, subtotal and signature rows. */
  text?: string;
}

export interface RowWarning {
  file: string;
  sheet: string;
  row: number;
  message: string;
}

/** `agency`: the phòng/ban of a 2026 export (Cơ quan công tác), grouped as written. */
export type GroupBy = 'unit' | 'agency' | DimensionId;

export interface Place {
  file: string;
  sheet: string;
}

/** Someone who does not meet the standard, with what they lack. */
export interface Lacking {
  file: string;
  sheet: string;
  row: number;
  name: string;
  /** The unit as written; resolved to the unit's name when the report is built. */
  rawUnit: string;
  title: string;
  staffType: string;
  group: string;
  lacks: string[];
}

/** Someone whose field of training does not fit their post (the fieldFit dimension). */
export interface MisfitRow extends Misfit {
  file: string;
  sheet: string;
  row: number;
  name: string;
  /** The unit as written; resolved to the unit's name when the report is built. */
  rawUnit: string;
  title: string;
  staffType: string;
}

export interface CollectorSettings {
  groupBy?: GroupBy;
  /** Two-way tables to count: [rows dimension, columns dimension]. */
  crosses?: ReadonlyArray<readonly [DimensionId, DimensionId]>;
  /** Keep each person's id and main fields (compare matches people by id). */
  keepPeople?: boolean;
}

/** What compare needs of a person: who they are and the fields whose change it reports. */
export interface PersonSummary {
  id: string;
  name: string;
  unit: string;
  title: string;
  staffType: string;
  gender: string;
  partyMember: string;
  education: string;
  politicalTheory: string;
  file: string;
  row: number;
}

type CollectorFields = FieldsOf<Collector, 'groupBy'>;
/** A field as plain data: tallies and identities by their own plain shapes, the rest as it is. */
type PlainField<T> = T extends Tally
  ? PlainTally
  : T extends Map<infer K, Tally>
    ? Map<K, PlainTally>
    : T extends Identities
      ? PlainIdentities
      : T;
/** A collector as plain data (every field, its settings included), to cross a worker thread. */
export type PlainCollector = { [K in keyof CollectorFields]: PlainField<CollectorFields[K]> };

export class Collector {
  /** Everyone's counts: read through `overall`, which first expands the kinds counted since. */
  private overallTally: Tally;
  /** Per unit name as written: read through `byRawUnit`. */
  private unitTallies = new Map<string, Tally>();
  /** The parts of what a tally counts (see kinds.ts), and the people of each counted since the tallies were last filled. */
  private readonly kinds = new Kinds();
  private readonly kindCounts = new KindCounts();
  /** Per unit name as written, in the order met. */
  private readonly unitKinds = new UnitParts();
  private pending = false;
  /** No two-way table asked for (those count levels and age groups together: person by person). */
  private readonly crossFree: boolean;
  readonly byLevel = new Map<string, Tally>();
  readonly unknown: UnknownValues = new Map();
  readonly skipped: SkippedRow[] = [];
  readonly warnings: RowWarning[] = [];
  /** Doubts about the figures found while reading (subtotals that disagree, a sheet in doubt …). */
  readonly doubts: ReportWarning[] = [];
  /** Dimensions some row had a column for. */
  readonly active = new Set<DimensionId>();
  /** Profiles already looked at for their dimensions. */
  private readonly seen = new WeakSet<object>();
  readonly lacking: Lacking[] = [];
  readonly misfits: MisfitRow[] = [];
  /** Who was counted where (a key per person), to find people counted twice. */
  identities = new Identities();
  /** With keepPeople: people by id (the first row of an id wins), and how many rows had no id. */
  readonly people = new Map<string, PersonSummary>();
  withoutId = 0;
  duplicateIds = 0;
  rowsRead = 0;

  constructor(readonly settings: CollectorSettings = {}) {
    this.overallTally = this.tally();
    this.crossFree = (settings.crosses ?? []).length === 0;
  }

  /** Everyone's counts. */
  get overall(): Tally {
    this.flush();
    return this.overallTally;
  }

  /** Per unit name as written; merged into units when the report is built. */
  get byRawUnit(): Map<string, Tally> {
    this.flush();
    return this.unitTallies;
  }

  get groupBy(): GroupBy | undefined {
    return this.settings.groupBy;
  }

  tally(): Tally {
    return new Tally(this.settings.crosses ?? []);
  }

  addPerson(person: Person, place: Place): void {
    this.rowsRead++;
    this.count(person);
    if (!this.seen.has(person.levels)) {
      this.seen.add(person.levels);
      for (const d of Object.keys(person.levels)) this.active.add(d as DimensionId);
    }
    if (person.ageGroup !== undefined) this.active.add('ageGroup');
    if (this.groupBy && this.groupBy !== 'unit') {
      const key =
        this.groupBy === 'agency'
          ? (person.agency ?? '')
          : ((this.groupBy === 'ageGroup'
              ? person.ageGroup
              : (person.levels as Record<string, string | undefined>)[this.groupBy]) ?? 'unknown');
      let group = this.byLevel.get(key);
      if (!group) this.byLevel.set(key, (group = this.tally()));
      group.add(person);
    }
    for (const message of person.warnings) this.warnings.push({ ...place, row: person.row, message });
    if (this.settings.keepPeople) this.keep(person, place);
    if (person.standard && person.standard.lacks.length > 0) {
      const { group, lacks } = person.standard;
      this.lacking.push({
        ...place,
        row: person.row,
        name: person.name,
        rawUnit: person.unit,
        title: person.title,
        staffType: person.levels.staffType,
        group,
        lacks,
      });
    }
    if (person.misfit) {
      const { name, unit, title, row } = person;
      this.misfits.push({
        ...place,
        row,
        name,
        rawUnit: unit,
        title,
        staffType: person.levels.staffType,
        ...person.misfit,
      });
    }
    for (const u of person.unknown) addUnknown(this.unknown, u, place, person.row);
  }

  /**
   * Counts a person overall and in their unit: as one integer per kind of person, or, for one who is
   * no kind (assessed against the standards, an age out of range), into the tallies themselves.
   */
  private count(person: Person): void {
    const ids =
      rowPaths.deferredCounts && person.standard === undefined && this.crossFree ? this.kinds.of(person) : undefined;
    if (!ids) {
      this.flush();
      this.overallTally.add(person);
      this.unitTally(person.unit).add(person);
      return;
    }
    this.pending = true;
    this.kindCounts.add(ids);
    this.unitKinds.add(person.unit, ids);
  }

  private unitTally(unit: string): Tally {
    let tally = this.unitTallies.get(unit);
    if (!tally) this.unitTallies.set(unit, (tally = this.tally()));
    return tally;
  }

  /**
   * The people counted by kind, into the tallies. Kinds are numbered as first met, and a unit's in the
   * order met there, so every count lands in the order adding the people one by one gives.
   */
  private flush(): void {
    if (!this.pending) return;
    this.pending = false;
    this.kindCounts.into(this.overallTally, this.kinds);
    this.unitKinds.into((unit) => this.unitTally(unit), this.kinds);
  }

  private keep(person: Person, place: Place): void {
    const id = person.id.trim();
    if (!id) {
      this.withoutId++;
      return;
    }
    if (this.people.has(id)) {
      this.duplicateIds++;
      return;
    }
    const l = person.levels;
    this.people.set(id, {
      id,
      name: person.name,
      unit: person.unit,
      title: person.title,
      staffType: l.staffType,
      gender: l.gender,
      partyMember: l.partyMember,
      education: l.education,
      politicalTheory: l.politicalTheory,
      file: place.file,
      row: person.row,
    });
  }

  addSkipped(row: number, reason: SkipReason, place: Place, text?: string): void {
    this.rowsRead++;
    this.skipped.push(text ? { ...place, row, reason, text } : { ...place, row, reason });
  }

  /** Adds another collector's counts (one input's) to this one's. */
  merge(other: Collector): void {
    this.rowsRead += other.rowsRead;
    this.overall.merge(other.overall);
    for (const d of other.active) this.active.add(d);
    this.mergeTallies(this.byRawUnit, other.byRawUnit);
    this.mergeTallies(this.byLevel, other.byLevel);
    mergeUnknown(this.unknown, other.unknown);
    this.skipped.push(...other.skipped);
    this.warnings.push(...other.warnings);
    this.doubts.push(...other.doubts);
    this.lacking.push(...other.lacking);
    this.misfits.push(...other.misfits);
    this.identities.merge(other.identities);
    for (const [id, p] of other.people) {
      if (this.people.has(id)) this.duplicateIds++;
      else this.people.set(id, p);
    }
    this.withoutId += other.withoutId;
    this.duplicateIds += other.duplicateIds;
  }

  /**
   * Another collector's counts (one sheet's, one input's) as merging them into this empty one would
   * give, its tallies, identities and values not understood shared rather than copied (the other is
   * not to be counted into again). The lists are copied: what is added to this one's later (the
   * report's doubts) does not reach the other. Into a collector already counting, a merge.
   */
  adopt(other: Collector): void {
    const empty =
      this.rowsRead === 0 &&
      this.identities.size === 0 &&
      this.doubts.length === 0 &&
      this.people.size === 0 &&
      this.overall.total === 0 &&
      this.unitTallies.size === 0 &&
      this.byLevel.size === 0;
    if (!empty) return this.merge(other);
    const fields: CollectorFields = {
      settings: this.settings,
      overall: other.overall,
      byRawUnit: new Map(other.byRawUnit),
      byLevel: new Map(other.byLevel),
      unknown: other.unknown,
      skipped: [...other.skipped],
      warnings: [...other.warnings],
      doubts: [...other.doubts],
      active: new Set(other.active),
      lacking: [...other.lacking],
      misfits: [...other.misfits],
      identities: other.identities,
      people: other.people,
      withoutId: other.withoutId,
      duplicateIds: other.duplicateIds,
      rowsRead: other.rowsRead,
    };
    const { overall, byRawUnit, settings: _settings, ...rest } = fields;
    Object.assign(this, rest);
    this.overallTally = overall;
    this.unitTallies = byRawUnit;
  }

  /** The counts as plain data, sharing this collector's maps and lists: to send, not to keep. */
  toPlain(): PlainCollector {
    return {
      settings: this.settings,
      overall: this.overall.toPlain(),
      byRawUnit: mapValues(this.byRawUnit, (t) => t.toPlain()),
      byLevel: mapValues(this.byLevel, (t) => t.toPlain()),
      unknown: this.unknown,
      skipped: this.skipped,
      warnings: this.warnings,
      doubts: this.doubts,
      active: this.active,
      lacking: this.lacking,
      misfits: this.misfits,
      identities: this.identities.toPlain(),
      people: this.people,
      withoutId: this.withoutId,
      duplicateIds: this.duplicateIds,
      rowsRead: this.rowsRead,
    };
  }

  static fromPlain(plain: PlainCollector): Collector {
    const fields: CollectorFields = {
      ...plain,
      overall: Tally.fromPlain(plain.overall, deferredOf),
      byRawUnit: mapValues(plain.byRawUnit, (t) => Tally.fromPlain(t, deferredOf)),
      byLevel: mapValues(plain.byLevel, (t) => Tally.fromPlain(t, deferredOf)),
      identities: Identities.fromPlain(plain.identities),
    };
    const { overall, byRawUnit, ...rest } = fields;
    const collector = Object.assign(new Collector(plain.settings), rest);
    collector.overallTally = overall;
    collector.unitTallies = byRawUnit;
    return collector;
  }

  private mergeTallies(into: Map<string, Tally>, from: Map<string, Tally>): void {
    for (const [key, tally] of from) {
      let mine = into.get(key);
      if (!mine) into.set(key, (mine = this.tally()));
      mine.merge(tally);
    }
  }
}
