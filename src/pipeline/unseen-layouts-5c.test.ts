/**
 * Layouts of review rv32 the tool already read right, of workbooks and text files: the seven people of
 * test-support/hand-roster.ts in each, every figure the hand count (one sheet's layouts: unseen-layouts-5b.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../fixtures/lib/official.js';
import {
  HEADER,
  HEADER_WITHOUT_UNIT,
  PEOPLE,
  SEVEN,
  UNITS,
  bookIn,
  codesOf,
  csv,
  figuresOf,
  isCanBo,
  of,
  one,
  reportOf,
  rowOf,
  rowWithoutUnit,
  sevenIn,
  textIn,
} from '../test-support/hand-roster.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir();

/** Each layout: its name, its files, and the hand count they must give. */
const LAYOUTS: Array<[string, () => Promise<string[]>, string]> = [
  [
    'a sheet of counts per unit, then one roster sheet per commune',
    async () => {
      const counts = [
        ['STT', 'Đơn vị', 'Tổng số', 'Nữ', 'Đảng viên'],
        [1, 'Xã Tân Lập', 4, 2, 3],
        [2, 'Xã Hòa Bình', 3, 1, 3],
        [null, 'Tổng cộng', 7, 3, 6],
      ];
      const sheets = UNITS.map((u) => ({
        name: u,
        rows: [[`DANH SÁCH CBCC ${u.toUpperCase()}`], HEADER_WITHOUT_UNIT, ...of(u).map(rowWithoutUnit)],
      }));
      return [await bookIn(dir, 'per-commune.xlsx', [{ name: 'Tổng hợp', rows: counts }, ...sheets])];
    },
    SEVEN,
  ],
  [
    'a sheet per staff type, the units as sections in each',
    async () => {
      const sheets = (['Cán bộ', 'Công chức'] as const).map((name) => {
        const rows: GridCell[][] = [HEADER_WITHOUT_UNIT];
        UNITS.forEach((u, k) =>
          rows.push(
            [['I', 'II'][k]!, u.toUpperCase()],
            ...of(u)
              .filter((p) => isCanBo(p) === (name === 'Cán bộ'))
              .map(rowWithoutUnit),
          ),
        );
        return { name, rows };
      });
      return [await bookIn(dir, 'type-sheets.xlsx', sheets)];
    },
    SEVEN,
  ],
  [
    'tab-separated .txt',
    async () => [await textIn(dir, 'tab.txt', csv([HEADER, ...PEOPLE.map(rowOf)], '\t').join('\r\n'))],
    SEVEN,
  ],
  [
    'semicolons, a salary with a decimal comma, "sep=;" first',
    async () => [
      await textIn(
        dir,
        'semi.csv',
        ['sep=;', ...csv([[...HEADER, 'Hệ số lương'], ...PEOPLE.map((p, i) => [...rowOf(p, i), '2,34'])], ';')].join(
          '\r\n',
        ),
      ),
    ],
    SEVEN,
  ],
  [
    'a quoted header with line breaks, empty columns trailing',
    async () => {
      const head = HEADER.map((h) => `"${h.replace(' ', '\n')}"`).join(',') + ',,,';
      return [
        await textIn(
          dir,
          'quoted.csv',
          [head, ...csv(PEOPLE.map(rowOf)).map((l) => l + ',,,'), ',,,,,,,,,,,'].join('\r\n'),
        ),
      ];
    },
    SEVEN,
  ],
  [
    'a UTF-8 BOM and title lines',
    async () => {
      const title = ['UBND HUYỆN ĐẠI TỪ,,,,,,,', 'DANH SÁCH CÁN BỘ CÔNG CHỨC CẤP XÃ NĂM 2025,,,,,,,', ',,,,,,,'];
      return [await textIn(dir, 'bom.csv', '\uFEFF' + [...title, ...csv([HEADER, ...PEOPLE.map(rowOf)])].join('\r\n'))];
    },
    SEVEN,
  ],
  [
    'an HTML table saved as .xls, "Trình độ" over two (rowspan, colspan)',
    async () => {
      const td = (c: GridCell) => `<td>${c ?? ''}</td>`;
      const head =
        '<tr><th rowspan=2>STT</th><th rowspan=2>Họ và tên</th><th rowspan=2>Giới tính</th><th rowspan=2>Đơn vị</th><th rowspan=2>Chức vụ</th><th rowspan=2>Đảng viên</th><th colspan=2>Trình độ</th></tr><tr><th>Chuyên môn</th><th>Lý luận chính trị</th></tr>';
      const body = PEOPLE.map((p, i) => `<tr>${rowOf(p, i).map(td).join('')}</tr>`).join('');
      return [
        await textIn(
          dir,
          'web.xls',
          `<html><head><meta charset="utf-8"></head><body><table>${head}${body}</table></body></html>`,
        ),
      ];
    },
    SEVEN,
  ],
  [
    'a Word table pasted: "1." numbers, name and birth date on two lines of one cell',
    async () => {
      const head = ['TT', 'Họ và tên\nNgày sinh', ...HEADER.slice(2, 6), 'Trình độ\nchuyên môn', 'Lý luận\nchính trị'];
      return [
        await bookIn(
          dir,
          'word.xlsx',
          one([head, ...PEOPLE.map((p, i) => [`${i + 1}.`, `${p.name}\n${p.born}`, ...rowOf(p, i).slice(2)])]),
        ),
      ];
    },
    SEVEN,
  ],
  [
    'one sheet per district, the communes as sections',
    async () => {
      const sheet = (name: string, u: string) => ({
        name,
        rows: [HEADER_WITHOUT_UNIT, [null, u.toUpperCase()], ...of(u).map(rowWithoutUnit)],
      });
      return [
        await bookIn(dir, 'districts.xlsx', [
          sheet('Huyện Đại Từ', 'Xã Tân Lập'),
          sheet('Huyện Phú Lương', 'Xã Hòa Bình'),
        ]),
      ];
    },
    SEVEN,
  ],
  [
    'a thesis appendix: "Nữ" ticks, "Năm sinh", a source line under it',
    async () => {
      const rows: GridCell[][] = [
        ['Phụ lục 2: Danh sách cán bộ, công chức xã Tân Lập được khảo sát'],
        ['TT', 'Họ tên', 'Năm sinh', 'Nữ', 'Chức danh', 'ĐV', 'CM', 'LLCT'],
        ...of('Xã Tân Lập').map((p, i) => [
          i + 1,
          p.name,
          p.born.slice(-4),
          p.female ? 'x' : '',
          p.title,
          p.party ? 'x' : '',
          p.education,
          p.theory,
        ]),
        [],
        ['Nguồn: Văn phòng UBND xã Tân Lập, 2025'],
      ];
      return [await bookIn(dir, 'thesis.xlsx', one(rows))];
    },
    'N=4 | canBo=2 congChuc=2 | gender female=2 male=2 | party yes=3 no=1 | edu master=1 university=2 college=1 | llct senior=1 intermediate=1 elementary=1 none=1 | units Xã Tân Lập=4',
  ],
  [
    'codes explained in the header, without accents ("Gioi tinh (1: Nam; 2: Nu)")',
    async () => {
      const head =
        'STT,Ho ten,Gioi tinh (1: Nam; 2: Nu),Don vi,Chuc vu,Dang vien (1: Co; 0: Khong),Trinh do chuyen mon,Ly luan chinh tri';
      return [
        await textIn(
          dir,
          'codes.csv',
          [
            head,
            ...PEOPLE.map((p, i) =>
              [i + 1, p.name, p.female ? 2 : 1, p.unit, p.title, p.party ? 1 : 0, p.education, p.theory].join(','),
            ),
          ].join('\n'),
        ),
      ];
    },
    SEVEN,
  ],
  [
    'two tables stacked, cán bộ then công chức, each its own columns',
    async () => {
      const tl = of('Xã Tân Lập');
      const rows: GridCell[][] = [
        ['I. DANH SÁCH CÁN BỘ XÃ TÂN LẬP'],
        ['STT', 'Họ và tên', 'Giới tính', 'Chức vụ', 'Đảng viên', 'Trình độ chuyên môn', 'Lý luận chính trị'],
        ...tl.slice(0, 2).map((p, i) => rowWithoutUnit(p, i)),
        [],
        ['II. DANH SÁCH CÔNG CHỨC XÃ TÂN LẬP'],
        ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức danh', 'Trình độ chuyên môn', 'Đảng viên'],
        ...tl
          .slice(2)
          .map((p, i) => [
            i + 1,
            p.name,
            p.born.slice(-4),
            p.female ? 'Nữ' : 'Nam',
            p.title,
            p.education,
            p.party ? 'x' : '',
          ]),
      ];
      return [await bookIn(dir, 'stacked.xlsx', one(rows))];
    },
    'N=4 | canBo=2 congChuc=2 | gender female=2 male=2 | party yes=3 no=1 | edu master=1 university=2 college=1 | llct senior=1 intermediate=1 unknown=2 | units Xã Tân Lập=4',
  ],
  [
    "no STT column; a total, then signatures with the signers' names",
    async () => {
      const rows: GridCell[][] = [
        ['DANH SÁCH CBCC'],
        [],
        HEADER.slice(1),
        ...PEOPLE.map((p, i) => rowOf(p, i).slice(1)),
        [],
        ['Tổng cộng: 7'],
        [],
        ['NGƯỜI LẬP BIỂU', null, null, null, 'CHỦ TỊCH'],
        [],
        ['Trần Thị Hạnh', null, null, null, 'Lê Thị Bình'],
      ];
      return [await bookIn(dir, 'no-stt.xlsx', one(rows))];
    },
    SEVEN,
  ],
];

describe('workbooks and text files read right before review rv32', () => {
  it.each(LAYOUTS)('%s: every figure is the hand count', async (_, files, truth) => {
    expect(figuresOf(await reportOf(await files()))).toBe(truth);
  });

  it('a hidden template sheet of example rows is said, not counted (xlsx, xls)', async () => {
    const template = [HEADER, [1, 'Nguyễn Văn A', 'Nam', 'Xã ABC', 'Chủ tịch UBND', 'x', 'Đại học', 'Trung cấp']];
    for (const ext of ['xlsx', 'xls']) {
      const file = await bookIn(dir, `template.${ext}`, [
        { name: 'Mau', hidden: true, rows: template },
        { name: 'DS', rows: [HEADER, ...PEOPLE.map(rowOf)] },
      ]);
      const report = await reportOf([file]);
      expect([figuresOf(report), codesOf(report)]).toEqual([SEVEN, ['HIDDEN_SHEETS']]);
    }
  });

  it('sheets named after units with the staff type in words ("Tân Lập - Cán bộ") are one unit each', async () => {
    const sheets = UNITS.flatMap((u) =>
      (['Cán bộ', 'Công chức'] as const).map((t) => ({
        name: `${u.replace('Xã ', '')} - ${t}`,
        rows: [
          HEADER_WITHOUT_UNIT,
          ...of(u)
            .filter((p) => isCanBo(p) === (t === 'Cán bộ'))
            .map(rowWithoutUnit),
        ],
      })),
    );
    expect(figuresOf(await reportOf([await bookIn(dir, 'words.xlsx', sheets)]))).toBe(sevenIn('Tân Lập', 'Hòa Bình'));
  });
});
