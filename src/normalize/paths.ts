/**
 * The switches of the fast paths, each giving what the plain code gives: on, always, in the tool. The
 * equivalence test (fast-path.test.ts) turns them off to compare every output of every fixture.
 */
export const rowPaths = {
  /** Plain data rows skip the row-kind checks (RowNormalizer.plain). */
  fast: true,
  /** A row's profile is found by integer ids of its cells' meanings, not by a string key (LevelReader). */
  profileIds: true,
  /** People are counted as integers per (unit, kind of person), expanded into tallies when read (Collector). */
  deferredCounts: true,
  /**
   * What a check finds in a shared string of an xlsx sheet is kept by the string's index (read/value-ids.ts):
   * the repair check and the plain-row facts of a cell are read from a byte, not found again per row.
   */
  valueIds: true,
};
