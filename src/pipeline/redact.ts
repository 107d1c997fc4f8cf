/**
 * `--redact`: for reports that leave the office. People lists show where a person is (file and row)
 * instead of who: names and ids are removed from the standards and field-fit lists and from compare's
 * lists, and so is the title, because a unit and a title ("Chủ tịch UBND" of one commune) name one
 * person. Input files are named "Tệp 1", "Tệp 2" … in every output, JSON included, in the order read.
 */
import type { PersonSummary } from '../aggregate/collector.js';
import type { Report } from '../aggregate/contract.js';
import type { WarningSaid } from '../aggregate/warning-said.js';
import type { Said } from '../errors.js';
import type { Comparison } from '../compare/diff.js';

export const REDACTED = '';

/** "Tệp 1", "Tệp 2" … for the input files, in the order first met; a file's sheet named after it too. */
export class FileAliases {
  private readonly names = new Map<string, string>();

  constructor(files: Iterable<string> = []) {
    for (const f of files) this.file(f);
  }

  file(name: string): string {
    let alias = this.names.get(name);
    if (alias === undefined) {
      alias = `Tệp ${this.names.size + 1}`;
      this.names.set(name, alias);
    }
    return alias;
  }

  /** A CSV's sheet is its file's name: it is named as the file is. */
  sheet(file: string, sheet: string): string {
    return sheet === baseName(file) ? this.file(file) : sheet;
  }

  /** A message with every file named in it (as given, or by its name alone) replaced by its alias. */
  text(message: string): string {
    let out = message;
    const known = [...this.names.entries()].flatMap(([file, alias]) => [
      [file, alias],
      [baseName(file), alias],
    ]);
    for (const [name, alias] of known.sort((x, y) => y[0]!.length - x[0]!.length))
      if (name) out = out.split(name).join(alias);
    return out;
  }

  /** A record's `file` (and its `sheet` when named after it) replaced. */
  placeOf<T extends { file: string; sheet?: string }>(p: T): T {
    return { ...p, file: this.file(p.file), ...(p.sheet !== undefined ? { sheet: this.sheet(p.file, p.sheet) } : {}) };
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * A person of a list, as it may leave the office: no name and no title (a unit and a title name one
 * person), file aliased; unit, staff type, sheet and row kept. For every writer of people lists.
 */
export function redactPerson<T extends { name: string; title: string; file: string; sheet?: string }>(
  p: T,
  aliases: FileAliases,
): T {
  return { ...aliases.placeOf(p), name: REDACTED, title: REDACTED };
}

export function redactReport(report: Report, aliases = new FileAliases(report.sources.map((s) => s.file))): Report {
  const out = { ...report };
  out.sources = report.sources.map((s) => ({
    ...s,
    file: aliases.file(s.file),
    ...(s.sheet !== undefined ? { sheet: aliases.sheet(s.file, s.sheet) } : {}),
    ...(s.sheets ? { sheets: s.sheets.map((sheet) => aliases.sheet(s.file, sheet)) } : {}),
    ...(s.error !== undefined ? { error: aliases.text(s.error) } : {}),
    ...(s.errorSaid ? { errorSaid: { ...s.errorSaid, args: textsIn(s.errorSaid.args, aliases) } as Said } : {}),
    warnings: s.warnings.map((w) => aliases.text(w)),
  }));
  out.warnings = report.warnings
    .map((w) => ({
      ...w,
      message: aliases.text(w.message),
      ...(w.said ? { said: { ...w.said, args: textsIn(w.said.args, aliases) } as WarningSaid } : {}),
    }))
    .map((w) =>
      w.file === undefined
        ? w
        : { ...w, file: aliases.file(w.file), ...(w.sheet ? { sheet: aliases.sheet(w.file, w.sheet) } : {}) },
    );
  out.rows = {
    ...report.rows,
    skipped: report.rows.skipped.map((r) => aliases.placeOf(r)),
    warnings: report.rows.warnings.map((r) => aliases.placeOf(r)),
  };
  out.unknownValues = report.unknownValues.map((u) => ({ ...u, places: u.places.map((p) => aliases.placeOf(p)) }));
  if (report.standards)
    out.standards = { ...report.standards, people: report.standards.people.map((p) => redactPerson(p, aliases)) };
  if (report.fieldFit)
    out.fieldFit = { ...report.fieldFit, people: report.fieldFit.people.map((p) => redactPerson(p, aliases)) };
  return out;
}

/**
 * Every text in a warning's or an error's words (files named in a list or a place) with its files replaced by
 * their aliases; the `key` of words nested in an error's is a name of the text tables, kept.
 */
function textsIn<T>(value: T, aliases: FileAliases): T {
  if (typeof value === 'string') return aliases.text(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => textsIn(v, aliases)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'key' ? v : textsIn(v, aliases)])) as T;
  return value;
}

/** "Tệp 2:12" — where a person is, which says nothing of who. */
function place(p: PersonSummary | undefined, id: string, aliases: FileAliases): string {
  return p ? `${aliases.file(p.file)}:${p.row}` : `?${id.length}`;
}

export function redactComparison(
  c: Comparison,
  before: Map<string, PersonSummary>,
  after: Map<string, PersonSummary>,
): Comparison {
  // One numbering across both sides: a file read on both is the same "Tệp n".
  const aliases = new FileAliases([...c.before.sources, ...c.after.sources].map((s) => s.file));
  const out: Comparison = { ...c, before: redactReport(c.before, aliases), after: redactReport(c.after, aliases) };
  if (c.people) {
    out.people = {
      ...c.people,
      joined: c.people.joined.map((id) => place(after.get(id), id, aliases)),
      left: c.people.left.map((id) => place(before.get(id), id, aliases)),
      changed: c.people.changed.map((ch) => ({
        ...ch,
        id: place(after.get(ch.id), ch.id, aliases),
        ...(ch.field === 'name' ? { from: REDACTED, to: REDACTED } : {}),
      })),
    };
  }
  return out;
}
