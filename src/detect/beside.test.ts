/**
 * Two tables side by side on one sheet, cán bộ on the left and công chức on the right, each with its own
 * header cells in one header row: when the right one repeats the left's columns (a page split left and
 * right) it is read after the left; when its columns differ it is not read, and the report says so loudly,
 * with how many of its rows are left out.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as C from '../../fixtures/lib/cols.js';
import { GridBuilder, gridFileName, writeGridAs } from '../../fixtures/lib/grid.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import { Random } from '../../fixtures/lib/random.js';
import { randomRoster } from '../../fixtures/lib/truth.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';

const people = randomRoster(60, 31);
const canBo = people.filter((p) => p.staffType === 'canBo');
const congChuc = people.filter((p) => p.staffType === 'congChuc');
const dir = tempDir();
const table = [C.seq, C.name(), C.gender(), C.title(), C.education(), C.politicalTheory()];
const files: Record<string, string> = {};

beforeAll(async () => {
  const rng = new Random(9);
  const b = new GridBuilder(13);
  b.header([...table, C.blankCol(''), ...table]);
  for (let i = 0; i < Math.max(canBo.length, congChuc.length); i++) {
    const left: GridCell[] = canBo[i] ? table.map((c) => c.cell(canBo[i]!, rng, i)) : table.map(() => null);
    const right: GridCell[] = congChuc[i] ? table.map((c) => c.cell(congChuc[i]!, rng, i)) : table.map(() => null);
    b.push([...left, null, ...right]);
  }
  files.beside = join(dir, gridFileName('beside', 'xlsx'));
  await writeGridAs(b.grid(), 'xlsx', files.beside);
  // The right table with an ethnicity column the left lacks: its columns are not the left's.
  const other = [...table.slice(0, 3), C.ethnicity(), ...table.slice(3, -1)];
  const d = new GridBuilder(13);
  d.header([...table, C.blankCol(''), ...other]);
  for (let i = 0; i < Math.max(canBo.length, congChuc.length); i++) {
    const left: GridCell[] = canBo[i] ? table.map((c) => c.cell(canBo[i]!, rng, i)) : table.map(() => null);
    const right: GridCell[] = congChuc[i] ? other.map((c) => c.cell(congChuc[i]!, rng, i)) : other.map(() => null);
    d.push([...left, null, ...right]);
  }
  files.differ = join(dir, gridFileName('differ', 'xlsx'));
  await writeGridAs(d.grid(), 'xlsx', files.differ);
  const one = new GridBuilder(6);
  one.header(table);
  people.forEach((p, i) => one.person(table, p, rng, i));
  files.one = join(dir, gridFileName('one', 'xlsx'));
  await writeGridAs(one.grid(), 'xlsx', files.one);
});

describe('two tables side by side on one sheet', () => {
  it("with other columns: says TABLE_BESIDE_TABLE naming the sheet, the right table's columns (H–L) and its rows left out", async () => {
    const { report } = await analyze([files.differ!]);
    const w = report.warnings.filter((x) => x.code === 'TABLE_BESIDE_TABLE');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ sheet: 'Danh sách' });
    expect(w[0]!.message).toContain('columns H–M (STT, Họ và tên, Giới tính');
    expect(w[0]!.message).toContain(`(${congChuc.length} rows of it left out;`);
  });

  it('with other columns: counts only the left table, the cán bộ, as the warning says', async () => {
    const { report } = await analyze([files.differ!]);
    expect(report.total).toBe(canBo.length);
  });

  it("repeating the left's columns: counts both tables, right after left, and says so in the source (it counted the left alone)", async () => {
    const { report } = await analyze([files.beside!]);
    expect(report.total).toBe(people.length);
    expect(report.dimensions.staffType?.canBo?.count).toBe(canBo.length);
    expect(report.dimensions.staffType?.congChuc?.count).toBe(congChuc.length);
    expect(report.warnings.map((x) => x.code)).not.toContain('TABLE_BESIDE_TABLE');
    expect(report.sources[0]!.warnings).toContain(
      `a second table beside the first, in columns H–M, repeats its columns (a page split left and right): its ${congChuc.length} rows were read after the first table's`,
    );
  });

  it('says nothing of the kind for one table', async () => {
    const { report } = await analyze([files.one!]);
    expect(report.total).toBe(people.length);
    expect(report.warnings.map((x) => x.code)).not.toContain('TABLE_BESIDE_TABLE');
  });
});
