/**
 * One person written over three rows, or with their ticks on the second row (review rv18): the lines
 * under a named, numbered row with no name and no number complete that person and are not people.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as C from '../../fixtures/lib/cols.js';
import type { Col } from '../../fixtures/lib/grid.js';
import { writeGridAs } from '../../fixtures/lib/grid.js';
import { byUnit, flat, make, type LayoutFixture } from '../../fixtures/lib/layout-kit.js';
import type { TruthPerson } from '../../fixtures/lib/truth.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();

async function read(layout: LayoutFixture) {
  const file = join(dir, `${layout.id}.xlsx`);
  await writeGridAs(layout.grid, 'xlsx', file);
  return (await analyze([file], { groupBy: 'unit' })).report;
}

/** Each person's cells of `later` columns written on a line of their own under the person's row. */
function personOverLines(id: string, seed: number, cols: Col[], later: Array<(c: Col) => boolean>): LayoutFixture {
  return make(id, `a person's cells over ${later.length + 1} rows`, ['xlsx'], seed, (b, people, rng) => {
    b.header(cols);
    people.forEach((p: TruthPerson, i) => {
      const cells = cols.map((c) => c.cell(p, rng, i));
      const line = (keep: (c: Col) => boolean) =>
        Object.fromEntries(cols.flatMap((c, x) => (keep(c) && cells[x] !== null ? [[x, cells[x]!]] : [])));
      b.push(line((c) => !later.some((l) => l(c))));
      for (const l of later) b.push(line(l));
    });
  });
}

const unitCols = [C.seq, C.name(), C.gender(), C.birth(), C.unit(), C.title(), C.staffType()];

describe('a person over three rows', () => {
  const cols = [...unitCols, C.education(), C.politicalTheory(), C.partyDate()];
  /** The qualification on the second line, the title on the third: every person has both. */
  const lines = [(c: Col) => c.path[0] === 'Trình độ chuyên môn', (c: Col) => c.path[0] === 'Chức vụ, chức danh'];

  it('reads the qualification on the second line and the title on the third: every figure equals the truth', async () => {
    const layout = personOverLines('three-lines', 182, cols, lines);
    expectFiguresMatchTruth(await read(layout), layout.people);
  });

  it('says the lines it joined (PERSON_OVER_TWO_ROWS), two per person', async () => {
    const layout = personOverLines('three-lines-said', 183, cols, lines);
    const said = (await read(layout)).warnings.filter((w) => w.code === 'PERSON_OVER_TWO_ROWS');
    expect(said.map((w) => w.count)).toEqual([2 * layout.people.length]);
  });
});

describe('ticks on the second line', () => {
  it('reads the education ticked on the line under the person: every figure equals the truth', async () => {
    const ticks = C.educationTicks(['Trình độ chuyên môn'], C.tick('x'));
    const cols = [...unitCols, ...ticks, C.politicalTheory(), C.partyDate()];
    const layout = personOverLines('ticks-second-line', 184, cols, [(c) => ticks.includes(c)]);
    expectFiguresMatchTruth(await read(layout), layout.people);
  });
});

describe('a title going on on the second line', () => {
  it('reads "kiêm …" under a cán bộ\'s title as the same title, no person: every figure equals the truth', async () => {
    const cols = [
      ...unitCols.filter((c) => c.path[0] !== 'Cán bộ, công chức'),
      C.education(),
      C.politicalTheory(),
      C.partyDate(),
    ];
    const layout = make('title-lines', 'a title over two rows', ['xlsx'], 185, (b, people, rng) => {
      b.header(cols);
      people.forEach((p, i) => {
        b.person(cols, p, rng, i);
        if (p.staffType === 'canBo')
          b.push({
            [cols.indexOf(cols.find((c) => c.path[0] === 'Chức vụ, chức danh')!)]: 'kiêm Chủ tịch Hội Nông dân',
          });
      });
    });
    expectFiguresMatchTruth(await read(layout), layout.people);
  });
});

describe('a run of nameless rows too long for one person', () => {
  it('is not joined past a fourth line: the fifth row is counted and said', async () => {
    const cols = [...unitCols, C.education(), C.politicalTheory(), C.partyDate()];
    const layout = make('long-run', 'five lines', ['xlsx'], 186, (b, people, rng) => {
      b.header(cols);
      flat(b, cols, people, rng);
      for (let k = 0; k < 4; k++) b.push({ 7: 'Sơ cấp' });
    });
    const report = await read(layout);
    expect(report.total).toBe(layout.people.length + 1);
  });
});

describe("details on a person's further lines in the name column", () => {
  const cols = [...unitCols, C.education(), C.politicalTheory(), C.partyDate()];
  const nameAt = cols.indexOf(cols.find((c) => c.path[0] === 'Họ và tên')!);
  const birthAt = cols.indexOf(cols.find((c) => c.path[0] === 'Ngày sinh')!);

  it('reads "(Quê quán: …)" and "SĐT: …" under the name, and a birthplace under the birth date, as the person\'s: every figure equals the truth', async () => {
    const layout = make('detail-lines', 'details under the name', ['xlsx'], 187, (b, people, rng) => {
      b.header(cols);
      people.forEach((p, i) => {
        b.person(cols, p, rng, i);
        b.push({ [nameAt]: '(Quê quán: Phú Bình, Thái Nguyên)', [birthAt]: 'Phú Bình' });
        b.push({ [nameAt]: `SĐT: 0912 345 ${String(100 + i)}` });
      });
    });
    expectFiguresMatchTruth(await read(layout), layout.people);
  });

  it('keeps a group row "Đơn vị: …" right under a person a heading: its people take that unit', async () => {
    const plain = cols.filter((c) => c.path[0] !== 'Đơn vị');
    const layout = make('group-under-person', 'group rows', ['xlsx'], 188, (b, people, rng) => {
      b.header(plain);
      byUnit(people).forEach(([u, members]) => {
        b.push({ [nameAt]: `Đơn vị: ${u}` });
        flat(b, plain, members, rng);
      });
    });
    expectFiguresMatchTruth(await read(layout), layout.people);
  });

  it('keeps a note "Ghi chú: …" right under the last person a note, not the person\'s line', async () => {
    const layout = make('note-under-person', 'a note', ['xlsx'], 189, (b, people, rng) => {
      b.header(cols);
      flat(b, cols, people, rng);
      b.push({ [nameAt]: 'Ghi chú: số liệu đến 30/6/2025' });
    });
    const report = await read(layout);
    expect(report.total).toBe(layout.people.length);
    expect(report.rows.skipped.filter((s) => s.reason === 'note').map((s) => s.text)).toEqual([
      'Ghi chú: số liệu đến 30/6/2025',
    ]);
  });
});
