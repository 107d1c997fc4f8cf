/**
 * The phrases of src/vocab/leavers.ts, each in a remark as rosters write it, read by saysLeft on a roster of
 * 30/6/2025: each says the person has left. The remarks column's headers, each over a roster of 30 people
 * three of whom "Đã chuyển công tác": each makes the sheet check raise PEOPLE_LEFT_BY_REMARK on their rows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPeople } from '../../fixtures/lib/layout-kit.js';
import { Random } from '../../fixtures/lib/random.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { rosterRows } from '../../fixtures/lib/workbooks.js';
import { analyze } from '../pipeline/analyze.js';
import { saysLeft } from '../pipeline/sheet-check.js';
import { tempDir } from '../test-support/tmp.js';

describe('a remark that says the person left', () => {
  it.each([
    'Đã chuyển công tác',
    'Chuyển đi xã khác',
    'Chuyển sang UBND huyện',
    'Điều động về huyện',
    'Luân chuyển',
    'Nghỉ việc',
    'Thôi việc',
    'Nghỉ hưu từ 01/10/2024',
    'Hưu trí',
    'Nghỉ chế độ',
    'Nghỉ theo NĐ 178',
    'Tinh giản biên chế',
    'Từ trần',
    'Qua đời',
    'Đã mất',
  ])('%s → left by 30/6/2025', (remark) => {
    expect(saysLeft(remark, '2025-06-30')).toBe(true);
  });

  it('a remark with no leaving phrase says nothing: "Đang công tác" → still there', () => {
    expect(saysLeft('Đang công tác', '2025-06-30')).toBe(false);
  });
});

describe('a remarks column, by its header (REMARK_HEADERS)', () => {
  const dir = tempDir();
  const people = layoutPeople(66, 3, 30);

  it.each(['Ghi chú', 'Tình trạng', 'Trạng thái', 'Biến động', 'Lý do'])(
    '"%s": the 3 people it says left (rows 7, 14, 25) are named in PEOPLE_LEFT_BY_REMARK',
    async (header) => {
      const rows = rosterRows(people, new Random(66), { unitColumn: true });
      rows[3]!.push(header);
      for (const i of [2, 9, 20]) rows[4 + i]![rows[3]!.length - 1] = 'Đã chuyển công tác';
      const file = join(dir, `remarks-${people.length}-${header.length}-${header.charCodeAt(0)}.xlsx`);
      await writeBook({ sheets: [{ name: 'DS', rows }], people }, file);
      const { report } = await analyze([file], { asOf: { year: 2026, month: 1, day: 1 } });
      expect(report.total).toBe(30);
      expect(report.warnings.map((w) => [w.code, w.rows, w.count])).toEqual([
        ['PEOPLE_LEFT_BY_REMARK', [7, 14, 25], 3],
      ]);
    },
  );
});
