/**
 * What no roster needs and a hostile file might hold: past these, an input is refused in one line
 * instead of being read at the cost of minutes or gigabytes.
 */
export const LIMITS = {
  /** Excel's own maximum. */
  columns: 16_384,
  /** A cell of a roster is a name or a qualification, never a book. */
  cellChars: 1_000_000,
  /** Parts of a workbook archive. */
  zipEntries: 10_000,
  /** What one zip entry may inflate to, and how many times its compressed size (real sheets stay under ~30). */
  entryBytes: 4 * 1024 * 1024 * 1024,
  entryRatio: 200,
  /** Shared strings are held in memory whole. */
  sharedStringsBytes: 256 * 1024 * 1024,
  /** Before handing a zip to a reader that inflates everything at once (exceljs, SheetJS). */
  inMemoryBytes: 200 * 1024 * 1024,
} as const;
