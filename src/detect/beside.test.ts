/**
 * Two tables side by side on one sheet, cán bộ on the left and công chức on the right, each with its own
 * header cells in one header row: the right one is not read, and the report says so loudly.
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
  const one = new GridBuilder(6);
  one.header(table);
  people.forEach((p, i) => one.person(table, p, rng, i));
  files.one = join(dir, gridFileName('one', 'xlsx'));
  await writeGridAs(one.grid(), 'xlsx', files.one);
});

describe('two tables side by side on one sheet', () => {
  it('says TABLE_BESIDE_TABLE naming the sheet and the columns of the right table (H–M)', async () => {
    const { report } = await analyze([files.beside!]);
    const w = report.warnings.filter((x) => x.code === 'TABLE_BESIDE_TABLE');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ sheet: 'Danh sách' });
    expect(w[0]!.message).toContain('columns H–M (STT, Họ và tên, Giới tính');
  });

  it('counts only the left table, the cán bộ, as the warning says', async () => {
    const { report } = await analyze([files.beside!]);
    expect(report.total).toBe(canBo.length);
  });

  it('says nothing of the kind for one table', async () => {
    const { report } = await analyze([files.one!]);
    expect(report.total).toBe(people.length);
    expect(report.warnings.map((x) => x.code)).not.toContain('TABLE_BESIDE_TABLE');
  });
});
