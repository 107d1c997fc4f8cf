/**
 * Layouts of review rv32 the tool already read right: the seven people of test-support/hand-roster.ts in
 * each, every figure the hand count. Held so that they stay right (the mended ones: unseen-layouts-5.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../fixtures/lib/official.js';
import {
  HEADER,
  HEADER_WITHOUT_UNIT,
  PEOPLE,
  SEVEN,
  UNITS,
  below,
  bookIn,
  codesOf,
  figuresOf,
  isCanBo,
  of,
  one,
  reportOf,
  rowOf,
  rowWithoutUnit,
  type HandPerson,
  type Merge,
} from '../test-support/hand-roster.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir();

/** Two header rows: "Trình độ" over "Chuyên môn | Lý luận chính trị | Tin học | Ngoại ngữ". */
const qualificationGroup: GridCell[][] = [
  ['STT', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ', 'Đảng viên', 'Trình độ', null, null, null],
  [null, null, null, null, null, null, 'Chuyên môn', 'Lý luận chính trị', 'Tin học', 'Ngoại ngữ'],
  ...PEOPLE.map((p, i) => [...rowOf(p, i), 'Chứng chỉ B', 'Anh B']),
];
/** "Ngày tháng năm sinh" over "Nam | Nữ": the birth date under the person's gender, no gender column. */
const birthByGender: GridCell[][] = [
  [
    'STT',
    'Họ và tên',
    'Ngày tháng năm sinh',
    null,
    'Đơn vị',
    'Chức vụ',
    'Đảng viên',
    'Trình độ chuyên môn',
    'Lý luận chính trị',
  ],
  [null, null, 'Nam', 'Nữ', null, null, null, null, null],
  ...PEOPLE.map((p, i) => [i + 1, p.name, p.female ? null : p.born, p.female ? p.born : null, ...rowOf(p, i).slice(3)]),
];
/** Ticks per level, "Cộng" per unit with counts in the level columns, "Tổng cộng" with "x" in them. */
const EDU = ['Thạc sĩ', 'Đại học', 'Cao đẳng', 'Trung cấp'];
const LL = ['Cao cấp', 'Trung cấp', 'Sơ cấp'];
const ticks = (p: HandPerson, i: number): GridCell[] => [
  ...[i + 1, p.name, p.female ? 'Nữ' : 'Nam', p.title, p.party ? 'x' : null],
  ...EDU.map((e) => (p.education === e ? 'x' : null)),
  ...LL.map((l) => (p.theory === l ? 'x' : null)),
];
const ticked: GridCell[][] = [
  [
    'STT',
    'Họ và tên',
    'Giới tính',
    'Chức vụ',
    'Đảng viên',
    'Trình độ chuyên môn',
    null,
    null,
    null,
    'Lý luận chính trị',
    null,
    null,
  ],
  [null, null, null, null, null, ...EDU, ...LL],
];
UNITS.forEach((u, k) => {
  const ps = of(u);
  const count = (f: (p: HandPerson) => boolean) => ps.filter(f).length || null;
  ticked.push([['I', 'II'][k]!, u], ...ps.map(ticks));
  ticked.push([null, 'Cộng', count((p) => p.female), null, count((p) => p.party)]);
  ticked
    .at(-1)!
    .push(...EDU.map((e) => count((p) => p.education === e)), ...LL.map((l) => count((p) => p.theory === l)));
});
ticked.push([null, 'Tổng cộng', 3, null, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x']);
const tickMerges: Merge[] = below(
  [
    [0, 5, 0, 8],
    [0, 9, 0, 11],
  ],
  [0, 1, 2, 3, 4],
);

/** Each layout: its name, its files, and the hand count they must give. */
const LAYOUTS: Array<[string, () => Promise<string[]>, string]> = [];
for (const ext of ['xlsx', 'xls', 'ods']) {
  LAYOUTS.push(
    [
      `"Trình độ" over four columns (${ext})`,
      async () => [await bookIn(dir, `td.${ext}`, one(qualificationGroup, below([[0, 6, 0, 9]], [0, 1, 2, 3, 4, 5])))],
      SEVEN,
    ],
    [
      `"Ngày tháng năm sinh" over "Nam | Nữ" (${ext})`,
      async () => [await bookIn(dir, `ns.${ext}`, one(birthByGender, below([[0, 2, 0, 3]], [0, 1, 4, 5, 6, 7, 8])))],
      SEVEN,
    ],
    [
      `the unit merged down over its people (${ext})`,
      async () => {
        const rows = [
          ['STT', 'Đơn vị', ...HEADER_WITHOUT_UNIT.slice(1)],
          ...PEOPLE.map((p, i) => [i + 1, i === 0 || i === 4 ? p.unit : null, ...rowWithoutUnit(p, i).slice(1)]),
        ];
        return [
          await bookIn(
            dir,
            `unit-merged.${ext}`,
            one(rows, [
              [1, 1, 4, 1],
              [5, 1, 7, 1],
            ]),
          ),
        ];
      },
      SEVEN,
    ],
    [
      `ticks per level, "Cộng" per unit with counts, "Tổng cộng" with x (${ext})`,
      async () => [await bookIn(dir, `ticks.${ext}`, one(ticked, tickMerges))],
      SEVEN,
    ],
  );
}
LAYOUTS.push(
  [
    '"Đảng viên" over "Chính thức | Dự bị" (Dung dự bị)',
    async () => {
      const rows = [
        [
          'STT',
          'Họ và tên',
          'Giới tính',
          'Đơn vị',
          'Chức vụ',
          'Đảng viên',
          null,
          'Trình độ chuyên môn',
          'Lý luận chính trị',
        ],
        [null, null, null, null, null, 'Chính thức', 'Dự bị', null, null],
        ...PEOPLE.map((p, i) => [
          ...rowOf(p, i).slice(0, 5),
          p.party && i !== 3 ? 'x' : null,
          i === 3 ? 'x' : null,
          p.education,
          p.theory,
        ]),
      ];
      return [await bookIn(dir, 'dv.xlsx', one(rows, below([[0, 5, 0, 6]], [0, 1, 2, 3, 4, 7, 8])))];
    },
    SEVEN,
  ],
  [
    '"Giới tính" over "Nam | Nữ" with x',
    async () => {
      const rows = [
        [
          'STT',
          'Họ và tên',
          'Giới tính',
          null,
          'Đơn vị',
          'Chức vụ',
          'Đảng viên',
          'Trình độ chuyên môn',
          'Lý luận chính trị',
        ],
        [null, null, 'Nam', 'Nữ'],
        ...PEOPLE.map((p, i) => [i + 1, p.name, p.female ? null : 'x', p.female ? 'x' : null, ...rowOf(p, i).slice(3)]),
      ];
      return [await bookIn(dir, 'gt.xlsx', one(rows, below([[0, 2, 0, 3]], [0, 1, 4, 5, 6, 7, 8])))];
    },
    SEVEN,
  ],
  [
    'blank rows between the units and rows holding only an STT',
    async () => {
      const rows: GridCell[][] = [
        HEADER,
        ...PEOPLE.slice(0, 4).map(rowOf),
        [],
        [null],
        ...PEOPLE.slice(4).map((p, i) => rowOf(p, i + 4)),
        [8],
        [9],
        [10],
      ];
      return [await bookIn(dir, 'blank-stt.xlsx', one(rows))];
    },
    SEVEN,
  ],
  [
    'the header repeated mid-sheet in other words ("Họ tên", "ĐV", "TĐCM") under "(1) (2) …"',
    async () => {
      const numbers = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'];
      const again = ['STT', 'Họ tên', 'Giới tính', 'Đơn vị', 'Chức danh', 'ĐV', 'TĐCM', 'LLCT'];
      return [
        await bookIn(
          dir,
          'repeat.xlsx',
          one([
            HEADER,
            numbers,
            ...PEOPLE.slice(0, 4).map(rowOf),
            again,
            numbers,
            ...PEOPLE.slice(4).map((p, i) => rowOf(p, i + 4)),
          ]),
        ),
      ];
    },
    SEVEN,
  ],
  [
    'the roster starting at column AB',
    async () => {
      const pad = Array.from({ length: 27 }, () => null);
      return [
        await bookIn(dir, 'ab.xlsx', one([[...pad, ...HEADER], ...PEOPLE.map((p, i) => [...pad, ...rowOf(p, i)])])),
      ];
    },
    SEVEN,
  ],
  [
    'notes in column A, the roster from column E',
    async () => {
      const notes = ['Ghi chú:', '- Số liệu đến 31/12/2025', '- Cột (6): x là đảng viên', 'Người lập: Nguyễn Thị Hạnh'];
      return [
        await bookIn(
          dir,
          'notes-left.xlsx',
          one([
            [null, null, null, null, ...HEADER],
            ...PEOPLE.map((p, i) => [notes[i] ?? null, null, null, null, ...rowOf(p, i)]),
          ]),
        ),
      ];
    },
    SEVEN,
  ],
  [
    '33 columns, "Ghi chú" in AG',
    async () => {
      const extra = Array.from({ length: 24 }, (_, k) => `Cột phụ ${k + 1}`);
      return [
        await bookIn(
          dir,
          'wide.xlsx',
          one([
            [...HEADER, ...extra, 'Ghi chú'],
            ...PEOPLE.map((p, i) => [...rowOf(p, i), ...extra.map(() => '0'), '']),
          ]),
        ),
      ];
    },
    SEVEN,
  ],
  [
    '"Năm vào Đảng" holding years',
    async () => [
      await bookIn(
        dir,
        'party-year.xlsx',
        one([
          [...HEADER.slice(0, 5), 'Năm vào Đảng', ...HEADER.slice(6)],
          ...PEOPLE.map((p, i) => [...rowOf(p, i).slice(0, 5), p.party ? 1995 + i : null, p.education, p.theory]),
        ]),
      ),
    ],
    SEVEN,
  ],
  [
    'units numbered 1, 2 and their people 1.1, 1.2 …',
    async () => {
      const rows: GridCell[][] = [HEADER_WITHOUT_UNIT];
      UNITS.forEach((u, k) =>
        rows.push([k + 1, u], ...of(u).map((p, i) => [`${k + 1}.${i + 1}`, ...rowWithoutUnit(p, i).slice(1)])),
      );
      return [await bookIn(dir, 'dotted.xlsx', one(rows))];
    },
    SEVEN,
  ],
  [
    'unit sections closed by "Cộng 4", "Tổng cộng: 07 người" at the end',
    async () => {
      const rows: GridCell[][] = [
        ['DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ'],
        HEADER_WITHOUT_UNIT,
        ['1', '2', '3', '4', '5', '6', '7'],
      ];
      UNITS.forEach((u, k) =>
        rows.push([['I', 'II'][k]!, u], ...of(u).map(rowWithoutUnit), [null, `Cộng ${of(u).length}`]),
      );
      return [await bookIn(dir, 'cong.xlsx', one([...rows, [null, 'Tổng cộng: 07 người']]))];
    },
    SEVEN,
  ],
  [
    'sections "A. CÁN BỘ", "B. CÔNG CHỨC" beside a unit column',
    async () => {
      const rows: GridCell[][] = [
        HEADER,
        ['A', 'CÁN BỘ'],
        ...PEOPLE.filter(isCanBo).map(rowOf),
        ['B', 'CÔNG CHỨC'],
        ...PEOPLE.filter((p) => !isCanBo(p)).map(rowOf),
      ];
      return [await bookIn(dir, 'ab-sections.xlsx', one(rows))];
    },
    SEVEN,
  ],
  [
    '"Họ và tên" merged over two columns holding "Họ đệm" and "Tên"',
    async () => {
      const rows = [
        ['STT', 'Họ và tên', null, ...HEADER.slice(2)],
        ...PEOPLE.map((p, i) => [
          i + 1,
          p.name.replace(/ \S+$/u, ''),
          p.name.split(' ').at(-1)!,
          ...rowOf(p, i).slice(2),
        ]),
      ];
      return [await bookIn(dir, 'ho-ten.xlsx', one(rows, [[0, 1, 0, 2]]))];
    },
    SEVEN,
  ],
  [
    'names in capitals, "TỔNG SỐ" in the STT column under them',
    async () => [
      await bookIn(
        dir,
        'caps.xlsx',
        one([
          HEADER,
          ...PEOPLE.map((p, i) => [i + 1, p.name.toUpperCase(), ...rowOf(p, i).slice(2)]),
          ['TỔNG SỐ', '7 người', '3 nữ', null, null, 6],
        ]),
      ),
    ],
    SEVEN,
  ],
);

describe("one sheet's layouts read right before review rv32", () => {
  it.each(LAYOUTS)('%s: every figure is the hand count', async (_, files, truth) => {
    expect(figuresOf(await reportOf(await files()))).toBe(truth);
  });

  it('"Phó Chủ tịch UBND" merged down over two deputies and a title over three: each holds it', async () => {
    const rows = [
      ['STT', 'Họ và tên', 'Giới tính', 'Chức vụ', 'Trình độ chuyên môn'],
      [1, 'Nguyễn Văn An', 'Nam', 'Phó Chủ tịch UBND', 'Đại học'],
      [2, 'Lê Thị Bình', 'Nữ', null, 'Đại học'],
      [3, 'Trần Văn Cường', 'Nam', 'Công chức Địa chính - Xây dựng', 'Cao đẳng'],
      [4, 'Phạm Thị Dung', 'Nữ', null, 'Đại học'],
      [5, 'Hoàng Văn Em', 'Nam', null, 'Trung cấp'],
    ];
    for (const ext of ['xlsx', 'xls', 'ods']) {
      const file = await bookIn(dir, `title-merged.${ext}`, [
        {
          name: 'Xã Tân Lập',
          rows,
          merges: [
            [1, 3, 2, 3],
            [3, 3, 5, 3],
          ],
        },
      ]);
      const report = await reportOf([file]);
      expect(figuresOf(report).replace(/ \| party.*/, '')).toBe('N=5 | canBo=2 congChuc=3 | gender female=2 male=3');
    }
  });

  it('"Nữ" and "ĐV" written only in "Ghi chú": gender and party said unknown, the rest the hand count', async () => {
    const rows = [
      ['STT', 'Họ và tên', 'Đơn vị', 'Chức vụ', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Ghi chú'],
      ...PEOPLE.map((p, i) => [
        i + 1,
        p.name,
        p.unit,
        p.title,
        p.education,
        p.theory,
        [p.female ? 'Nữ' : '', p.party ? 'ĐV' : ''].filter(Boolean).join(', '),
      ]),
    ];
    const report = await reportOf([await bookIn(dir, 'remarks-only.xlsx', one(rows))]);
    expect(figuresOf(report)).toBe(SEVEN.replace('female=3 male=4', 'unknown=7').replace('yes=6 no=1', 'unknown=7'));
    expect(codesOf(report)).toEqual(['DIMENSION_MOSTLY_UNKNOWN', 'DIMENSION_MOSTLY_UNKNOWN']);
  });
});
