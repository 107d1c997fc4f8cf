/**
 * The outputs as their readers meet them (issue rv23): what the thesis student running `--format md`
 * and the batch job reading `--json` are told on stderr, and the order a per-unit table lists units in.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-readers-');
const HEAD = 'STT,Họ và tên,Giới tính,Năm sinh,Đơn vị,Chức danh,Cán bộ/Công chức,Đảng viên,LLCT,Trình độ chuyên môn';

/** Five people: "Bằng lái xe" twice and "??" once are not qualifications, "X" once not a gender. */
const UNCLASSIFIED = [
  HEAD,
  '1,Lê Văn Một,Nam,1980,Phường 10,Chủ tịch UBND,CB,x,TC,Bằng lái xe',
  '2,Trần Thị Hai,Nữ,1985,Phường 2,Tư pháp - Hộ tịch,CC,x,,ĐH Luật',
  '3,Lê Văn Ba,X,1981,Phường 10,Văn phòng - Thống kê,CC,,SC,Bằng lái xe',
  '4,Đỗ Thị Bốn,Nữ,1990,Phường 1,Văn phòng - Thống kê,CC,x,TC,??',
  '5,Hà Văn Năm,Nam,1979,Phường 2,Địa chính - Xây dựng,CC,,,Thạc sĩ',
];

const LINE_VI =
  'cbcc-stats: 3 giá trị chưa phân loại (4 ô) được tính vào "Không rõ": Trình độ chuyên môn "Bằng lái xe" (2), ' +
  'Giới tính "X" (1), Trình độ chuyên môn "??" (1) — danh sách đủ ở unknownValues của --json và trang ' +
  '"Giá trị chưa phân loại" của báo cáo Excel; thêm cách viết vào "spellings" trong --config để phân loại ' +
  '(cbcc-stats init-config viết sẵn một tệp cấu hình liệt kê chúng)';

beforeAll(() => {
  writeFileSync(join(dir, 'unclassified.csv'), UNCLASSIFIED.join('\n'));
  writeFileSync(
    join(dir, 'classified.csv'),
    [
      HEAD,
      '1,Lê Văn Một,Nam,1980,Phường 10,Chủ tịch UBND,CB,x,TC,Đại học',
      '2,Trần Thị Hai,Nữ,1985,Phường 2,Kế toán,CC,x,TC,TC',
    ].join('\n'),
  );
});

const run = (...argv: string[]) => runCli(['report', ...argv, '--no-excel', '--as-of', '2024-01-01'], { cwd: dir });

describe('values not classified, said on stderr where the terminal report is not printed', () => {
  it('--format md names how many, the most frequent first, and where the full list is', async () => {
    const r = await run('unclassified.csv', '--format', 'md');
    expect([r.code, r.stderr.split('\n').filter((l) => l.includes('chưa phân loại'))]).toEqual([0, [LINE_VI]]);
  });

  it('--json says it too, its standard output still one JSON document', async () => {
    const r = await run('unclassified.csv', '--json');
    expect([r.stderr.includes(LINE_VI), JSON.parse(r.stdout).unknownValues.length]).toEqual([true, 3]);
  });

  it('--format csv says it too', async () => {
    const r = await run('unclassified.csv', '--format', 'csv');
    expect(r.stderr).toContain(LINE_VI);
  });

  it('--lang en says it in English', async () => {
    const r = await run('unclassified.csv', '--format', 'md', '--lang', 'en');
    expect(r.stderr).toContain(
      'cbcc-stats: 3 values not classified (4 cells), counted as "Unknown": Trình độ chuyên môn "Bằng lái xe" (2),',
    );
  });

  it('--quiet leaves it out', async () => {
    const r = await run('unclassified.csv', '--format', 'md', '--quiet');
    expect(r.stderr).toBe('');
  });

  it('the terminal report does not repeat it on stderr: its data-quality section lists the values', async () => {
    const r = await run('unclassified.csv');
    expect([r.stderr.includes('chưa phân loại'), r.stdout.includes('3 giá trị chưa phân loại')]).toEqual([false, true]);
  });

  it('names a blank cell as the terminal and Excel do, "(trống)", not as ""', async () => {
    writeFileSync(
      join(dir, 'blank.csv'),
      [
        HEAD,
        '1,Lê Văn Một,Nam,1980,Phường 10,Chủ tịch UBND,CB,x,TC,Đại học',
        '2,Trần Thị Hai,,1985,Phường 2,Kế toán,CC,x,TC,TC',
      ].join('\n'),
    );
    const line = (await run('blank.csv', '--format', 'md')).stderr;
    expect(line).toContain('được tính vào "Không rõ": Giới tính (trống) (1) — danh sách đủ');
    expect((await run('blank.csv', '--json', '--lang', 'en')).stderr).toContain('"Unknown": Giới tính (blank) (1) — ');
  });

  it('a roster whose every value is classified gets no such line', async () => {
    const r = await run('classified.csv', '--format', 'md');
    expect(r.stderr).toBe('');
  });
});

describe('the per-unit table of the terminal', () => {
  it('lists numbered wards by their number: Phường 1, Phường 2, Phường 10', async () => {
    const r = await runCli(['report', 'unclassified.csv', '--by', 'unit', '--no-excel', '--as-of', '2024-01-01'], {
      cwd: dir,
      columns: 80,
    });
    const units = r.stdout
      .split('\n')
      .map((l) => /^│ (Phường \d+) /.exec(l)?.[1])
      .filter((u) => u !== undefined);
    expect(units.slice(0, 3)).toEqual(['Phường 1', 'Phường 2', 'Phường 10']);
  });
});

describe('the Excel summary as the thesis tables print it', () => {
  /** Three people, three levels of chuyên môn: 33,3% each half up (99,9 in all), 33,4 + 33,3 + 33,3 by largest remainder. */
  const THIRDS = [
    HEAD,
    '1,Lê Văn Một,Nam,1980,Xã An,Chủ tịch UBND,CB,x,TC,Thạc sĩ',
    '2,Trần Thị Hai,Nữ,1985,Xã An,Tư pháp - Hộ tịch,CC,x,TC,Đại học',
    '3,Lê Văn Ba,Nam,1981,Xã An,Văn phòng - Thống kê,CC,x,TC,Trung cấp',
  ];

  async function summary(...argv: string[]): Promise<Map<string, ExcelJS.Cell>> {
    writeFileSync(join(dir, 'thirds.csv'), THIRDS.join('\n'));
    const out = join(dir, `thirds-${argv.join('')}.xlsx`);
    const r = await runCli(['report', 'thirds.csv', '--out', out, '--quiet', '--as-of', '2024-01-01', ...argv], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells = new Map<string, ExcelJS.Cell>();
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => {
      const label = String(row.getCell(1).value ?? '').trim();
      if (!cells.has(label)) cells.set(label, row.getCell(3));
    });
    return cells;
  }

  it('--rounding largest-remainder writes the shares the Markdown table prints (33,4 + 33,3 + 33,3), not 33,3 three times', async () => {
    const cells = await summary('--rounding', 'largest-remainder');
    expect(['Thạc sĩ', 'Đại học', 'Trung cấp'].map((l) => cells.get(l)?.value)).toEqual([0.334, 0.333, 0.333]);
  });

  it('--decimals 2 prints the shares with two decimals, as the tables do', async () => {
    const cells = await summary('--decimals', '2');
    expect([cells.get('Thạc sĩ')?.numFmt, cells.get('Nữ')?.numFmt]).toEqual(['0.00%', '0.00%']);
  });

  it('by default writes the exact share in a one-decimal percent format', async () => {
    const cells = await summary();
    expect([cells.get('Thạc sĩ')?.value, cells.get('Thạc sĩ')?.numFmt]).toEqual([1 / 3, '0.0%']);
  });
});

describe('a standards requirement the roster has no column for', () => {
  it('is named in Vietnamese under the Markdown table, not as "generalEducation: no column in the roster, not checked"', async () => {
    const r = await run('unclassified.csv', '--format', 'md', '--standards', 'nd33-2023');
    const notes = r.stdout.split('\n').filter((l) => l.startsWith('_'));
    expect([notes.at(-1), r.stdout.includes('generalEducation')]).toEqual([
      '_Chưa xét trình độ giáo dục phổ thông: danh sách không có cột này (thêm cột để xét)._',
      false,
    ]);
  });

  it('is named in English with --lang en', async () => {
    const r = await run('unclassified.csv', '--format', 'md', '--standards', 'nd33-2023', '--lang', 'en');
    expect(r.stdout).toContain('_Not checked: general education, which the roster has no column for');
  });

  it('is a requirement id in the JSON `unchecked`, apart from what the rule set leaves open', async () => {
    const r = await run('unclassified.csv', '--json', '--standards', 'nd33-2023');
    const s = JSON.parse(r.stdout).standards;
    expect([s.unchecked, s.open]).toEqual([['generalEducation'], []]);
  });

  it('is the Vietnamese note on the Excel summary, under the standards lines', async () => {
    const out = join(dir, 'standards.xlsx');
    await runCli(['report', 'unclassified.csv', '--standards', 'nd33-2023', '--as-of', '2024-01-01', '--out', out], {
      cwd: dir,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts).toContain('Chưa xét trình độ giáo dục phổ thông: danh sách không có cột này (thêm cột để xét).');
  });
});

describe('report --help', () => {
  /** The option's help text, its wrapped lines joined, spaces collapsed. */
  async function helpOf(option: string): Promise<string> {
    const r = await runCli(['report', '--help'], { columns: 80 });
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.trimStart().startsWith(`${option} `));
    const end = lines.findIndex((l, i) => i > at && /^ {2}-/.test(l));
    return lines.slice(at, end).join(' ').replace(/\s+/g, ' ').trim();
  }

  it.each([
    [
      '--rounding',
      '--rounding <method> half-up or largest-remainder (each table sums to 100, the Excel summary too) (default: "half-up")',
    ],
    ['--lang', '--lang <lang> the language of tables, messages and errors: vi or en (default: "vi")'],
    ['--decimals', '--decimals <n> decimals of percentages in the tables and the Excel report (default: 1)'],
  ])('says the default of %s once, and what it holds for', async (option, text) =>
    expect(await helpOf(option)).toBe(text),
  );
});

describe('compare without an id column', () => {
  it('says why people are not matched in Vietnamese, naming the inputs', async () => {
    const r = await runCli(['compare', 'classified.csv', 'unclassified.csv', '--as-of', '2024-01-01'], {
      cwd: dir,
    });
    const said = r.stdout.slice(r.stdout.indexOf('Không so sánh từng người')).replace(/\s+/g, ' ').trim();
    expect(said).toBe(
      'Không so sánh từng người: classified.csv và unclassified.csv không có cột mã (Mã CBCC, Số hiệu, Mã định ' +
        'danh, Số CCCD …): chỉ so sánh số liệu; chỉ định cột mã bằng --id-column',
    );
  });

  it('keeps the JSON note in English and adds no field for it', async () => {
    const r = await runCli(['compare', 'classified.csv', 'unclassified.csv', '--json', '--as-of', '2024-01-01'], {
      cwd: dir,
    });
    const c = JSON.parse(r.stdout);
    expect([c.note.startsWith('no id column'), 'unmatched' in c]).toEqual([true, false]);
  });
});

describe('the --strict line', () => {
  it('says what failed the run in Vietnamese by default: the warnings by code, the cells not classified', async () => {
    const r = await run('unclassified.csv', '--json', '--strict', '--quiet');
    expect([r.code, r.stderr]).toEqual([
      3,
      'cbcc-stats: --strict: 1 cảnh báo (DIMENSION_MOSTLY_UNKNOWN); 4 ô chưa phân loại (3 giá trị khác nhau)\n',
    ]);
  });

  it('in English with --lang en, as before', async () => {
    const r = await run('unclassified.csv', '--json', '--strict', '--quiet', '--lang', 'en');
    expect(r.stderr).toBe(
      'cbcc-stats: --strict: 1 warnings (DIMENSION_MOSTLY_UNKNOWN); 4 values not classified (3 distinct)\n',
    );
  });
});
