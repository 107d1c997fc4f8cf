/**
 * The fieldFit tables of the table outputs (terminal, Markdown, CSV): fit per staff type with the basis
 * of the table of posts → fields, and the people who do not fit (names blank under --redact).
 */
import type { Report } from '../aggregate/report.js';
import { FIELD_LABELS, type FieldFamily } from '../vocab/fields.js';
import { fieldFitLabels } from './field-fit-labels.js';
import { labelsFor } from './i18n.js';
import { safe } from './labels.js';
import { formatIntIn } from './numbers.js';
import { shareColumn, type TableModel, type TableOptions, type TableRow } from './tables.js';

// tables.ts imports this module and this one its shareColumn: nothing here may use it before a call.

/** The lines the law or the config gives, one note each; the rest said once as the tool's default. */
export function basisNotes(report: Report, lang: TableOptions['lang']): string[] {
  const F = fieldFitLabels(lang);
  const t = report.fieldFit!.table;
  const family = (f: string) => (lang === 'en' ? f : FIELD_LABELS[f as FieldFamily].toLowerCase());
  const notes = [F.basis(t.id, t.date)];
  for (const r of t.rules.filter((r) => r.basis !== 'default'))
    notes.push(`${r.post}: ${r.families.map(family).join('; ')} (${F.rule[r.basis]}: ${r.source}).`);
  notes.push(`${lang === 'en' ? 'Other posts' : 'Các chức danh khác'}: ${F.rule.default}.`, F.unknownNote);
  return notes;
}

export function fieldFitTables(report: Report, first: number, o: TableOptions): TableModel[] {
  const fit = report.fieldFit;
  if (!fit) return [];
  const L = labelsFor(o.lang);
  const F = fieldFitLabels(o.lang);
  const rows: TableRow[] = [];
  const line = (label: string, c: { fits: number; notFits: number; unknown: number }, kind: TableRow['kind']) => {
    const counts = [c.fits, c.notFits, c.unknown];
    const shares = shareColumn(counts, c.fits + c.notFits + c.unknown, o);
    rows.push({ cells: [label, ...counts.flatMap((n, i) => [formatIntIn(n, o.lang), shares[i]!])], kind });
  };
  for (const [type, c] of Object.entries(fit.byStaffType)) line(L.level('staffType', type), c, 'level');
  const all = report.dimensions.fieldFit!;
  line(L.total, { fits: all.fits!.count, notFits: all.notFits!.count, unknown: all.unknown!.count }, 'total');
  const tables: TableModel[] = [
    {
      title: F.byTypeTitle(first),
      head: [L.indicator, F.fits, L.share, F.notFits, L.share, F.unknown, L.share],
      rows,
      notes: basisNotes(report, o.lang),
    },
  ];
  if (fit.people.length > 0)
    tables.push({
      title: F.listTitle(first + 1),
      head: ['STT', F.name, F.unit, F.title, F.field, F.place],
      rows: fit.people.map((p, i) => ({
        cells: [String(i + 1), safe(p.name), safe(p.unit), safe(p.title), safe(p.field), `${p.file}:${p.row}`],
        kind: 'level',
      })),
      notes: [],
    });
  return tables;
}
