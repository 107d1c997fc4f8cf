/** Option parsers shared by the commands; a bad value is a usage error (exit 2). */
import { InvalidArgumentError } from 'commander';
import { DIMENSIONS } from '../vocab/dimensions.js';
import type { GroupBy } from '../aggregate/collector.js';

export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number from 1 up');
  return Number(value);
}

export const GROUP_BY: readonly GroupBy[] = ['unit', ...DIMENSIONS];

export function groupBy(value: string): GroupBy {
  const found = GROUP_BY.find((g) => g.toLowerCase() === value.trim().toLowerCase());
  if (!found) throw new InvalidArgumentError(`expected one of: ${GROUP_BY.join(', ')}`);
  return found;
}
