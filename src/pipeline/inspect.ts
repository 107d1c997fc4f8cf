/**
 * What the tool understood of one file: its sheets, header rows, each column's role and samples,
 * the encodings it converted, the rows it skipped and why, and the values it could not classify.
 * A sheet without a recognisable header is still shown, with its first rows.
 */
import { otherSheetReason } from './other-sheet.js';
import { resolve } from 'node:path';
import { Collector } from '../aggregate/collector.js';
import { buildReport } from '../aggregate/report.js';
import { bracketLabels, DEFAULT_AGE_BRACKETS } from '../normalize/age.js';
import type { Report, SourceReport } from '../aggregate/contract.js';
import { text as cellText } from '../normalize/cells.js';
import { openTables } from '../read/open.js';
import type { Cell } from '../read/types.js';
import { analyzeTable, headOf, layoutOf, sourceOf, type AnalyzeOptions } from './analyze.js';
import { readsEverySheet } from '../read/sheets.js';
import { sayIn, type Said } from '../errors.js';
import { exampleSheetReason, hasNameColumn, notPeople, passOverReason, saidOf } from './file.js';

const NO_PERSON: Said = { key: 'headerNoPerson', args: [] };

/** Passes a read sheet over, for a reason said in either language: JSON's `reason` is its English. */
function passOver(s: InspectedSheet, said: Said): void {
  s.status = 'passed over';
  s.said = said;
  s.reason = sayIn(said, 'en');
}

export interface InspectedSheet {
  source: SourceReport;
  /** Read as a roster, or passed over (no roster header, a table of counts, empty, no person under the header). */
  status: 'read' | 'passed over';
  /** Why it was passed over (in English, as JSON gives it). */
  reason?: string;
  /** The same reason in words of either language, for the terminal (not in JSON). */
  said?: Said;
  header: { found: boolean; rows?: number[]; error?: string };
  rows?: Report['rows'];
  unknownValues?: Report['unknownValues'];
  unitNames?: Report['unitNames'];
  /** Doubts about the sheet's figures (unresolved titles …), as the report would give them. */
  warnings?: Report['warnings'];
  /** The first rows as text, when no header was found. */
  preview?: string[][];
}

export interface Inspection {
  file: string;
  format: string;
  sheets: string[];
  inspected: InspectedSheet[];
}

const PREVIEW_ROWS = 12;

function previewCell(cell: Cell | undefined): string {
  const text = cellText(cell);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export async function inspect(file: string, options: AnalyzeOptions = {}): Promise<Inspection> {
  const path = options.cwd ? resolve(options.cwd, file) : file;
  const tables = await openTables(path, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.config ? { ignoreSheets: options.config.ignoreSheets } : {}),
  });
  const inspected: InspectedSheet[] = [];
  for (const table of tables) {
    table.info.file = file;
    const head = await headOf(table);
    // A sheet a report would pass over is shown with the reason; any other error is the file's.
    const passOver = (err: unknown, header: InspectedSheet['header']) => {
      const reason = passOverReason(err);
      if (reason === undefined) throw err;
      inspected.push({
        source: sourceOf(table.info, head.head.length),
        status: 'passed over',
        reason,
        said: saidOf(err, reason),
        header,
        preview: head.head.slice(0, PREVIEW_ROWS).map((r) => r.cells.map(previewCell)),
      });
    };
    try {
      layoutOf(head.head, { file, sheet: table.info.sheet }, head.repairer, options);
    } catch (err) {
      passOver(err, { found: false, error: (err as Error).message });
      continue;
    }
    const collector = new Collector();
    let source: SourceReport;
    try {
      source = await analyzeTable(table, { ...options, samples: options.samples ?? 5 }, collector, head);
    } catch (err) {
      passOver(err, { found: true });
      continue;
    }
    const { report } = buildReport(collector, {
      sources: [source],
      options: {},
      // As the report counts them: without the labels every age is "unknown" (and said to be).
      ageLabels: bracketLabels(options.ageBrackets ?? DEFAULT_AGE_BRACKETS),
    });
    const empty = report.total === 0;
    inspected.push({
      source,
      status: empty ? 'passed over' : 'read',
      ...(empty ? { reason: sayIn(NO_PERSON, 'en'), said: NO_PERSON } : {}),
      header: { found: true, rows: source.headerRows ?? [] },
      rows: report.rows,
      unknownValues: report.unknownValues,
      unitNames: report.unitNames,
      warnings: report.warnings,
    });
  }
  // As when reporting: beside sheets with names, a sheet read without a name column is a list of values.
  const named = inspected.find((s) => s.status === 'read' && hasNameColumn(s.source));
  if (named && readsEverySheet(options.sheet))
    for (const s of inspected)
      if (s.status === 'read' && !hasNameColumn(s.source)) {
        passOver(s, notPeople(named.source.sheet ?? ''));
      }
  const roster = inspected.find((s) => s.status === 'read' && !exampleSheetReason(s.source.sheet ?? '', ''));
  if (roster && readsEverySheet(options.sheet))
    for (const s of inspected) {
      if (s.status === 'read' && exampleSheetReason(s.source.sheet ?? '', roster.source.sheet ?? ''))
        passOver(s, { key: 'exampleSheet', args: [roster.source.sheet ?? ''] });
    }
  // As when reporting: beside a sheet the user sees, a sheet the workbook hides is not counted.
  const hidden = new Set(tables.filter((t) => t.info.hidden).map((t) => t.info.sheet));
  const shown = inspected.find((s) => s.status === 'read' && !hidden.has(s.source.sheet ?? ''));
  if (shown && readsEverySheet(options.sheet))
    for (const s of inspected)
      if (s.status === 'read' && hidden.has(s.source.sheet ?? '')) {
        passOver(s, { key: 'hiddenSheet', args: [shown.source.sheet ?? ''] });
      }
  // As when reporting: beside the roster, a sheet listing other people (planning, retired) is not counted.
  const others = new Map(tables.flatMap((t) => (t.info.otherList ? [[t.info.sheet, t.info.otherList] as const] : [])));
  const staff = inspected.find((s) => s.status === 'read' && !others.has(s.source.sheet ?? ''));
  if (staff && readsEverySheet(options.sheet))
    for (const s of inspected)
      if (s.status === 'read' && others.has(s.source.sheet ?? ''))
        passOver(s, {
          key: 'plain',
          args: [otherSheetReason(others.get(s.source.sheet ?? '')!, staff.source.sheet ?? '')],
        });
  const first = tables[0]!.info;
  return { file, format: first.format, sheets: first.sheets, inspected };
}
