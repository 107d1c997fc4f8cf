/** What readers produce: rows of cells, streamed, with where they came from. */
import type { Hash } from 'node:crypto';
import type { SheetChoice } from './sheets.js';
import type { TitleBlock } from '../normalize/title-block.js';

export type Cell = string | number | boolean | Date | null;

export interface RawRow {
  /** 1-based row number in the sheet or the record number in a text file. */
  n: number;
  cells: Cell[];
  /** Horizontal merged ranges whose master cell is in this row: [first, last] column indexes. */
  spans?: ReadonlyArray<readonly [number, number]>;
  /**
   * Values a merge started in a row above carries into this row, as [0-based column, value]: a unit or
   * a staff type merged down over its people holds for each of them. Kept apart from `cells` so that a
   * header merged down its rows still reads as one header cell; applied to data rows only.
   */
  carried?: ReadonlyArray<readonly [number, Cell]>;
  /** The row is hidden in the workbook (xlsx, xls, ods): skipped and reported, never counted. */
  hidden?: boolean;
  /** The row is hidden by the sheet's AutoFilter (xlsx, read/autofilter.ts): counted, and said (FILTERED_ROWS). */
  filtered?: boolean;
  /**
   * Beside each cell read from a shared string, that string's index in `strings` (xlsx; read/value-ids.ts):
   * checks keep what they find of a string by index. Getters of the row's class, not copied with the row.
   */
  readonly ids?: readonly number[];
  readonly strings?: { readonly length: number };
}

export type InputFormat = 'xlsx' | 'xls' | 'ods' | 'xlsb' | 'html' | 'csv';

export interface TableInfo {
  file: string;
  format: InputFormat;
  sheet: string;
  /** All sheet names of a workbook; for text files the single pseudo-sheet. */
  sheets: string[];
  encoding?: string;
  delimiter?: string;
  /** Hex SHA-256 of the file's bytes; set once the rows have been read. */
  sha256?: string;
  /** Columns whose legacy text (TCVN3, VNI, UTF-8 read as Windows-1258 or 1252) was converted. */
  conversions?: Array<{ column: string; from: string; cells: number }>;
  /** The date (ISO) titles were read at: the posts in force then (before or after the 1/7/2025 reform). */
  postsAt?: string;
  /** With `--series`: the period the title block names ("2024", "06/2025", "31/12/2023"). */
  titleDate?: string;
  /** Without --as-of: the day (ISO) ages were counted at, taken from the title block's date (normalize/roster-day.ts). */
  agesAt?: string;
  /** When the workbook says it was created and last saved (its properties: read/saved-dates.ts). */
  saved?: { created?: string; modified?: string };
  /** The workbook's own date that decided the day titles were read at, when nothing in the table dated it. */
  savedAt?: string;
  /** What the sheet's title and signature blocks name of the report's frame (normalize/title-block.ts). */
  titleBlock?: TitleBlock;
  /** Formula cells of the sheet that have no saved result: read as empty (xlsx). */
  formulasWithoutValue?: number;
  /** The title (or name) of a sheet listing other people than the staff in post ("… QUY HOẠCH …"): pipeline/other-sheet.ts. */
  otherList?: string;
  /** The sheet is hidden in the workbook (xlsx, xls, ods): passed over beside a sheet that is shown. */
  hidden?: boolean;
  /**
   * 0-based columns hidden in the workbook (xlsx up to 16 MB, xls, ods): a hidden column yields its role to
   * a column that is shown (an older copy of a category kept out of sight). Known once rows are read.
   */
  hiddenColumns?: number[];
  warnings: string[];
}

export interface Table {
  info: TableInfo;
  rows: AsyncIterable<RawRow>;
  /** A UTF-8 CSV: the bytes its rows were read from so far, hashed (a split hashes the rest: pipeline/csv-split.ts). */
  read?: BytesRead;
}

export interface BytesRead {
  hash: Hash;
  bytes: number;
}

export interface ReadOptions {
  /** Which sheets (`--sheet`); default: every sheet (the pipeline reads those that hold a roster). */
  sheet?: SheetChoice;
  /** Sheets never read unless named (a config's "ignore.sheets"). */
  ignoreSheets?: ReadonlySet<string>;
}
