/**
 * The terminal's width: a table wider than the screen is split into groups of columns, each with the
 * first column again (a cell too long even so wraps within its column); a line of prose longer than
 * the screen is wrapped at its spaces, its continuation indented under it.
 */
import { stripVTControlCharacters } from 'node:util';
import Table from 'cli-table3';
import { COMPACT_TABLE } from './labels.js';

/** The width the terminal shows: its columns on a TTY, else 80. */
export function screenWidth(out: { isTTY?: boolean; columns?: number }): number {
  return out.isTTY && out.columns && out.columns > 0 ? out.columns : 80;
}

/** Columns a text takes on screen (escape sequences take none). */
export function displayWidth(text: string): number {
  return [...stripVTControlCharacters(text)].length;
}

function widest(text: string): number {
  return Math.max(0, ...text.split('\n').map(displayWidth));
}

export interface TableSpec {
  head: string[];
  rows: string[][];
  align: Array<'left' | 'right'>;
  /** Border colours (cli-table3 style). */
  border?: string[];
}

function draw(spec: TableSpec, columns: readonly number[]): string {
  const t = new Table({
    head: columns.map((j) => spec.head[j] ?? ''),
    colAligns: columns.map((j) => spec.align[j] ?? 'left'),
    chars: COMPACT_TABLE,
    style: { head: [], border: spec.border ?? [] },
  });
  for (const row of spec.rows) t.push(columns.map((j) => row[j] ?? ''));
  return t.toString();
}

/** A first-column text cut to `max` columns with "…" (only when one group of two columns cannot fit). */
function cut(text: string, max: number): string {
  const plain = stripVTControlCharacters(text);
  const chars = [...plain];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/**
 * A column still too wide beside the (cut) first one — a long value from the roster — has its cells
 * wrapped at their spaces within the room left, so that no line of the table runs past the screen.
 */
function wrapWide(spec: TableSpec, width: number): TableSpec {
  const room = width - widest(draw(spec, [0])) - 3;
  if (room < 8) return spec;
  const wide = spec.head.map((_, j) => j > 0 && widest(draw(spec, [0, j])) > width);
  if (!wide.some(Boolean)) return spec;
  const wrap = (text: string) =>
    wrapLine(text, room)
      .map((l, i) => (i === 0 ? l : l.trimStart()))
      .join('\n');
  return {
    ...spec,
    head: spec.head.map((h, j) => (wide[j] ? wrap(h) : h)),
    rows: spec.rows.map((r) => r.map((cell, j) => (wide[j] ? wrap(cell) : cell))),
  };
}

/**
 * The table drawn within `width` columns: whole when it fits, else in groups of columns, the first
 * column repeated in each. A first column wider than a third of the screen that leaves no room for one
 * more is cut with "…"; a narrower one is kept whole and the long cells beside it are wrapped.
 */
export function fitTable(spec: TableSpec, width: number | undefined): string {
  const all = spec.head.map((_, j) => j);
  const whole = draw(spec, all);
  if (width === undefined || widest(whole) <= width || all.length < 2) return whole;
  let fitted = spec;
  const first = widest(draw(spec, [0])) - 4;
  if (all.slice(1).some((j) => widest(draw(spec, [0, j])) > width) && first > width / 3) {
    // Room for the first column: the width less the widest other column and the borders.
    const others = Math.max(...all.slice(1).map((j) => widest(draw(spec, [j]))));
    const room = Math.max(8, width - others - 3);
    fitted = {
      ...spec,
      head: [cut(spec.head[0]!, room), ...spec.head.slice(1)],
      rows: spec.rows.map((r) => [cut(r[0] ?? '', room), ...r.slice(1)]),
    };
  }
  fitted = wrapWide(fitted, width);
  const groups: string[] = [];
  let group = [0];
  for (const j of all.slice(1)) {
    if (group.length > 1 && widest(draw(fitted, [...group, j])) > width) {
      groups.push(draw(fitted, group));
      group = [0];
    }
    group.push(j);
  }
  groups.push(draw(fitted, group));
  return groups.join('\n');
}

/** One line wrapped at its spaces within `width`; continuation lines indented two more than the first. */
export function wrapLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const indent = /^ */.exec(stripVTControlCharacters(line))![0].length;
  const words = line.slice(indent).split(' ');
  const next = ' '.repeat(Math.min(indent + 2, Math.floor(width / 2)));
  const out: string[] = [];
  let current = ' '.repeat(indent);
  let empty = true;
  const room = (prefix: string) => Math.max(1, width - displayWidth(prefix));
  for (let word of words) {
    if (!empty && displayWidth(current) + 1 + displayWidth(word) > width) {
      out.push(current);
      current = next;
      empty = true;
    }
    // A word longer than a whole line (a path) is cut where the line ends.
    while (displayWidth(current) + displayWidth(word) > width && empty) {
      const plain = [...stripVTControlCharacters(word)];
      const take = room(current);
      if (plain.length <= take) break;
      out.push(current + plain.slice(0, take).join(''));
      word = plain.slice(take).join('');
      current = next;
    }
    current = empty ? current + word : `${current} ${word}`;
    empty = false;
  }
  out.push(current);
  return out;
}

/** Every line of a text within `width`: table lines (drawn by fitTable) are left as they are. */
export function wrapText(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  return text
    .split('\n')
    .flatMap((line) => (/^[│┌└├┬┴─]/.test(stripVTControlCharacters(line)) ? [line] : wrapLine(line, width)))
    .join('\n');
}
