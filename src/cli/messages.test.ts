/** The CLI's messages and errors in the interface language, and a hint for each common mistake. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomRoster } from '../../fixtures/lib/truth.js';
import { rosterOnSheet3 } from '../../fixtures/lib/workbooks.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { writeRosterCsv } from '../../fixtures/lib/write.js';
import { CbccError } from '../errors.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { errorLineIn, langOf } from './messages.js';

const dir = tempDir('cbcc-messages-');

beforeAll(async () => {
  await writeBook(rosterOnSheet3(), join(dir, 'three-sheets.xlsx'));
  await writeRosterCsv(randomRoster(40, 3), join(dir, 'ds.csv'));
  // Excel's owner file beside an open workbook: a few bytes, the user's name inside.
  writeFileSync(join(dir, '~$ds.xlsx'), Buffer.from('\u0007Nguyen Van A', 'latin1'));
  writeFileSync(join(dir, 'bao-cao.docx'), Buffer.from('PK\u0003\u0004 not a workbook', 'latin1'));
  writeFileSync(join(dir, 'bao-cao.pdf'), '%PDF-1.4\n%âãÏÓ\n');
});

const run = (...argv: string[]) => runCli(argv, { cwd: dir });

describe('the hint for the roster on another sheet', () => {
  it('names the other sheets and --sheet, in Vietnamese by default', async () => {
    const r = await run('report', 'three-sheets.xlsx', '--sheet', '1', '--no-excel');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gợi ý: danh sách có thể nằm ở trang khác; chọn trang bằng --sheet "TÊN"');
    expect(r.stderr).toContain('(các trang khác: "Ghi chú", "DS")');
  });

  it('is in English with --lang en', async () => {
    const r = await run('report', 'three-sheets.xlsx', '--sheet', '1', '--no-excel', '--lang', 'en');
    expect(r.stderr).toContain(
      'hint: the roster may be on another sheet; choose it with --sheet "NAME" (other sheets: "Ghi chú", "DS")',
    );
  });

  it('keeps the error on one line and its exit code', async () => {
    const r = await run('report', 'three-sheets.xlsx', '--sheet', '1', '--no-excel');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.code).toBe(1);
  });
});

describe("the hint for Excel's lock file", () => {
  it('says to close Excel and give the roster itself', async () => {
    const r = await run('report', '~$ds.xlsx', '--no-excel');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^cbcc-stats: ~\$ds\.xlsx: .* — gợi ý: đây là tệp khóa \(~\$\) Excel/);
    expect(r.stderr).toContain('đóng Excel và chỉ định chính tệp danh sách');
  });

  it('is in English with --lang en', async () => {
    const r = await run('report', '~$ds.xlsx', '--no-excel', '--lang', 'en');
    expect(r.stderr).toContain("hint: this is Excel's lock file (~$)");
  });
});

describe('the hint for a document given as a roster', () => {
  it.each([
    ['bao-cao.docx', 'Word'],
    ['bao-cao.pdf', 'PDF'],
  ])('%s is a %s document, not a roster table', async (file, type) => {
    const r = await run('report', file, '--no-excel');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`gợi ý: tệp ${type} không phải bảng danh sách`);
  });

  it('is in English with --lang en', async () => {
    const r = await run('report', 'bao-cao.pdf', '--no-excel', '--lang', 'en');
    expect(r.stderr).toContain('hint: a PDF document is not a roster table');
  });

  it('is given for compare too', async () => {
    const r = await run('compare', 'bao-cao.docx', 'ds.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gợi ý: tệp Word không phải bảng danh sách');
  });
});

describe('no hint', () => {
  it('for a roster file that is missing', () => {
    const line = errorLineIn(
      new CbccError('INPUT_NOT_FOUND', { key: 'noSuchFile', args: [] }, { file: 'thang-08.xlsx' }),
      'vi',
    );
    expect(line).toBe('cbcc-stats: thang-08.xlsx: không có tệp này');
  });
});

describe('the messages of a run', () => {
  it('say "Đã ghi" in Vietnamese by default', async () => {
    const r = await run('report', 'ds.csv', '--out', 'vi.xlsx', '--json');
    expect(r.stderr).toContain('Đã ghi báo cáo Excel: vi.xlsx');
  });

  it('say "Wrote" in English with --lang en', async () => {
    const r = await run('report', 'ds.csv', '--out', 'en.xlsx', '--json', '--lang', 'en');
    expect(r.stderr).toContain('Wrote the Excel report: en.xlsx');
  });

  it('of compare --out are in English with --lang en', async () => {
    const r = await run('compare', 'ds.csv', 'ds.csv', '--out', 'so-sanh.xlsx', '--json', '--lang', 'en');
    expect(r.stderr).toContain('Wrote the comparison: so-sanh.xlsx');
  });

  it('say where the person-level data went, as they say where the Excel report went', async () => {
    const r = await run('report', 'ds.csv', '--no-excel', '--json', '--export-data', 'du-lieu.csv');
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n').at(-1)).toBe('Đã ghi dữ liệu từng người: du-lieu.csv');
  });

  it('of init-config are in Vietnamese by default', async () => {
    const r = await run('init-config', 'ds.csv', '--out', 'cfg.json');
    expect(r.stderr).toBe('Đã ghi cấu hình mẫu: cfg.json\n');
  });

  it('of compare --label given once are a usage error (exit 2) in the interface language', async () => {
    const vi = await run('compare', 'ds.csv', 'ds.csv', '--label', 'Quý II');
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('--label được cho 1 lần');
    const en = await run('compare', 'ds.csv', 'ds.csv', '--label', 'Quý II', '--lang', 'en');
    expect(en.stderr).toContain('--label was given 1 time(s)');
  });
});

describe('langOf', () => {
  it('is English for --lang en or --lang=en, Vietnamese otherwise', () => {
    expect(langOf(['report', 'a.xlsx', '--lang', 'en'])).toBe('en');
    expect(langOf(['report', '--lang=en', 'a.xlsx'])).toBe('en');
    expect(langOf(['report', 'a.xlsx'])).toBe('vi');
  });
});
