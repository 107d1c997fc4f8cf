/** A tally's two-way table as [row level, column level, people] triples, in the order counted. */
import type { Tally } from '../aggregate/tally.js';
import type { DimensionId } from '../vocab/dimensions.js';

export function cellsOf(tally: Tally, rows: DimensionId, columns: DimensionId): Array<[string, string, number]> {
  const cells = tally.cross(rows, columns)?.cells ?? new Map<string, Map<string, number>>();
  return [...cells].flatMap(([row, byColumn]) =>
    [...byColumn].map(([column, n]): [string, string, number] => [row, column, n]),
  );
}
