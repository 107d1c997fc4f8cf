import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { smallRosterReport } from '../test-support/small-roster.js';
import { tempDir } from '../test-support/tmp.js';
import { markdownTable, renderMarkdown } from './markdown.js';
import type { TableOptions } from './table-model.js';

const dir = tempDir();
let report: Report;
beforeAll(async () => {
  report = await smallRosterReport(dir);
});

const BASE: TableOptions = { decimals: 1, rounding: 'half-up', lang: 'vi' };
const ALL: TableOptions = { ...BASE, select: ['education', 'politicalTheory', 'cross'], validPercent: true };

/** A line's cells: split on the pipes that are not escaped. */
function cells(line: string): string[] {
  return line.slice(2, -2).split(/(?<!\\) \| /);
}

/** The pipe tables of a Markdown text, each as its lines. */
function pipeTables(md: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | undefined;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(line);
    else if (current) {
      tables.push(current);
      current = undefined;
    }
  }
  if (current) tables.push(current);
  return tables;
}

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

describe('Markdown for pandoc', () => {
  it('writes pipe tables: a header, a separator of dashes, and as many cells on every line', () => {
    const tables = pipeTables(renderMarkdown(report, ALL));
    expect(tables).toHaveLength(3);
    for (const lines of tables) {
      const width = cells(lines[0]!).length;
      expect(lines[1]).toMatch(/^\|---(\|---:)+\|$/);
      expect(lines[1]!.split('|').length - 2).toBe(width);
      for (const line of [lines[0]!, ...lines.slice(2)]) {
        expect(line).toMatch(/^\| .* \|$/);
        expect(cells(line)).toHaveLength(width);
      }
    }
  });

  it('writes a two-level header as the header row and a bold first row', () => {
    const [, , cross] = pipeTables(renderMarkdown(report, ALL));
    expect(cross![0]).toBe('| Chỉ tiêu | Cán bộ |  | Công chức |  | Tổng số |  |');
    expect(cross![2]).toBe(
      '|  | **Số lượng** | **Tỷ lệ (%)** | **Số lượng** | **Tỷ lệ (%)** | **Số lượng** | **Tỷ lệ (%)** |',
    );
  });

  it('escapes what pandoc would read as markup in a value', () => {
    const md = markdownTable({
      title: 'Bảng 1. Thử',
      head: ['Đơn vị', 'Tổng số'],
      rows: [{ cells: ['*Xã_A* [1] <b> @x $5 | y', { count: 3 }], kind: 'level' }],
      notes: [],
    });
    expect(md).toContain('| \\*Xã\\_A\\* \\[1\\] \\<b\\> \\@x \\$5 \\| y | 3 |');
  });

  it.skipIf(!hasPandoc)('is read by pandoc as tables with every row and column (pandoc installed)', () => {
    const md = renderMarkdown(report, ALL);
    const out = spawnSync('pandoc', ['-f', 'markdown', '-t', 'json'], { input: md, encoding: 'utf8' });
    expect(out.status).toBe(0);
    type Block = { t: string; c: unknown[] };
    const blocks = (JSON.parse(out.stdout) as { blocks: Block[] }).blocks.filter((b) => b.t === 'Table');
    // [attr, caption, colspecs, head, bodies, foot]; a body is [attr, rowHeadColumns, headRows, rows].
    const shape = blocks.map((b) => {
      const colspecs = b.c[2] as unknown[];
      const bodies = b.c[4] as Array<[unknown, unknown, unknown, unknown[]]>;
      return [colspecs.length, bodies[0]![3].length];
    });
    // Education: 8 levels + Trong đó + Tổng số; LLCT: 5 + Trong đó + Tổng số; cross: lower header + 8 + Trong đó + Tổng số.
    expect(shape).toEqual([
      [4, 10],
      [4, 7],
      [7, 11],
    ]);
  });
});
