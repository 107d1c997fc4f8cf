/**
 * The fieldFit tables of the table outputs (terminal, Markdown, CSV): fit per staff type with the basis
 * of the table of posts → fields, and the people who do not fit (names blank under --redact).
 */
import type { Report } from '../aggregate/contract.js';
import { FIELD_LABELS, type FieldFamily } from '../vocab/fields.js';
import { textFor } from './text/index.js';
import { safe } from './labels.js';
import { shareCells, type TableModel, type TableOptions, type TableRow } from './table-model.js';

/** The lines the law or the config gives, one note each; the rest said once as the tool's default. */
export function basisNotes(report: Report, lang: TableOptions['lang']): string[] {
  const F = textFor(lang).fieldFit;
  const t = report.fieldFit!.table;
  const family = (f: string) => (lang === 'en' ? f : FIELD_LABELS[f as FieldFamily].toLowerCase());
  const notes = [F.basis(t.id, t.date)];
  for (const r of t.rules.filter((r) => r.basis !== 'default'))
    notes.push(`${r.post}: ${r.families.map(family).join('; ')} (${F.rule[r.basis]}: ${r.source}).`);
  notes.push(`${F.otherPosts}: ${F.rule.default}.`, F.unknownNote);
  return notes;
}

/** The fieldFit tables after the dimension's own (fit per staff type; who does not fit), each built once numbered. */
export function fieldFitTables(report: Report, o: TableOptions): Array<(n: string) => TableModel> {
  const fit = report.fieldFit;
  if (!fit) return [];
  const L = textFor(o.lang).tables;
  const F = textFor(o.lang).fieldFit;
  const rows: TableRow[] = [];
  const line = (label: string, c: { fits: number; notFits: number; unknown: number }, kind: TableRow['kind']) => {
    const counts = [c.fits, c.notFits, c.unknown];
    const shares = shareCells(counts, c.fits + c.notFits + c.unknown, o);
    rows.push({ cells: [label, ...counts.flatMap((n, i) => [{ count: n }, shares[i]!])], kind });
  };
  for (const [type, c] of Object.entries(fit.byStaffType)) line(L.level('staffType', type), c, 'level');
  const all = report.dimensions.fieldFit!;
  line(L.total, { fits: all.fits!.count, notFits: all.notFits!.count, unknown: all.unknown!.count }, 'total');
  const tables: Array<(n: string) => TableModel> = [
    (n) => ({
      id: 'fieldFit',
      kind: 'fieldFit',
      title: F.byTypeTitle(n),
      head: [L.indicator, F.fits, L.share, F.notFits, L.share, F.unknown, L.share],
      rows,
      notes: basisNotes(report, o.lang),
    }),
  ];
  if (fit.people.length > 0)
    tables.push((n) => ({
      id: 'fieldFit',
      kind: 'fieldFit',
      title: F.listTitle(n),
      head: ['STT', F.name, F.unit, F.title, F.field, F.place],
      rows: fit.people.map((p, i) => ({
        cells: [String(i + 1), safe(p.name), safe(p.unit), safe(p.title), safe(p.field), `${p.file}:${p.row}`],
        kind: 'level',
      })),
      notes: [],
    }));
  return tables;
}
