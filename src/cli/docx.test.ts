/**
 * `report --docx FILE`: the Word report written beside the other outputs, its standards and retirement
 * sections checked against the JSON of the same run, the usage errors, and LibreOffice Writer opening
 * it and printing it on A4.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { docxPart, paragraphsOf, tablesOf } from '../test-support/docx.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { formatInt, formatPercent } from '../render/numbers.js';

const dir = tempDir('cbcc-docx-');
const roster = resolve('fixtures/thai-nguyen-2022.xlsx');
const aFile = join(dir, 'a-file.txt');
writeFileSync(aFile, 'not a folder');

function lines(text: string): string[] {
  return text.split('\n').filter(Boolean);
}

/** One run with --json and --docx: the JSON it printed and the document it wrote. */
async function jsonAndDocx(name: string, args: string[]) {
  const path = join(dir, name);
  const r = await runCli(['report', roster, '--json', '--no-excel', '--quiet', '--docx', path, ...args], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  const xml = docxPart(readFileSync(path), 'word/document.xml');
  return { report: JSON.parse(r.stdout) as Report, paragraphs: paragraphsOf(xml), tables: tablesOf(xml), path };
}

function tableAfter(paragraphs: string[], tables: string[][][], caption: RegExp): Map<string, string[]> {
  const captions = paragraphs.filter((p) => /^(Biểu|Bảng) \d/.test(p));
  const figures = tables.filter((t) => ['Chỉ tiêu', 'Đơn vị'].includes(t[0]?.[0] ?? ''));
  const table = figures[captions.findIndex((c) => caption.test(c))]!;
  return new Map(table.slice(1).map((row) => [row[0]!, row.slice(1)]));
}

describe('report --docx', () => {
  it('writes the Word report and says so on stderr', async () => {
    const path = join(dir, 'bao-cao.docx');
    const r = await runCli(['report', roster, '--format', 'csv', '--no-excel', '--docx', path], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toContain(`Đã ghi báo cáo Word: ${path}`);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });

  it("the standards section: its sentence and table hold the JSON's meeting and not-meeting counts per staff type", async () => {
    const { report, paragraphs, tables } = await jsonAndDocx('standards.docx', [
      '--standards',
      '--as-of',
      '2024-01-01',
    ]);
    const s = report.standards!;
    const assessed = s.meeting + s.notMeeting;
    expect(paragraphs).toContain('2. Tiêu chuẩn');
    const sentence = paragraphs.find((p) => p.startsWith('Đối chiếu tiêu chuẩn'))!;
    expect(sentence).toMatch(/^Đối chiếu tiêu chuẩn cán bộ, công chức cấp xã theo Nghị định 33\/2023\/NĐ-CP, trong /);
    expect(sentence).toContain(`đạt chuẩn ${formatInt(s.meeting)} người, chiếm ${formatPercent(s.meeting, assessed)}%`);
    const rows = tableAfter(paragraphs, tables, /Tình hình đạt chuẩn/);
    expect(rows.get('Cán bộ')![0]).toBe(formatInt(s.byStaffType.canBo!.meeting));
    expect(rows.get('Cán bộ')![2]).toBe(formatInt(s.byStaffType.canBo!.notMeeting));
    expect(rows.get('Công chức')![0]).toBe(formatInt(s.byStaffType.congChuc!.meeting));
    expect(rows.get('Tổng số')).toEqual([
      formatInt(s.meeting),
      formatPercent(s.meeting, assessed),
      formatInt(s.notMeeting),
      formatPercent(s.notMeeting, assessed),
    ]);
  });

  it("the retirement section: its sentence and table hold the JSON's counts past and within the years asked", async () => {
    const { report, paragraphs, tables } = await jsonAndDocx('retirement.docx', [
      '--retiring-within',
      '5',
      '--as-of',
      '2024-01-01',
    ]);
    const t = report.retirement!;
    expect(paragraphs).toContain('2. Tuổi nghỉ hưu');
    const sentence = paragraphs.find((p) => p.startsWith('Tính từ ngày 1/1/2024'))!;
    expect(sentence).toContain(
      `đã đến tuổi nghỉ hưu ${formatInt(t.past)} người, chiếm ${formatPercent(t.past, report.total)}%`,
    );
    expect(sentence).toContain(`trong 5 năm tới ${formatInt(t.within)} người`);
    const rows = tableAfter(paragraphs, tables, /đến tuổi nghỉ hưu/);
    expect(rows.get('Đến tuổi nghỉ hưu trong 5 năm tới')).toEqual([
      formatInt(t.within),
      formatPercent(t.within, report.total),
    ]);
  });

  it('leaves the standards and retirement sections out when they were not asked for', async () => {
    const { paragraphs } = await jsonAndDocx('plain.docx', []);
    expect(paragraphs.filter((p) => /^\d\. /.test(p))).toEqual(['1. Số lượng, chất lượng']);
  });

  it('draws "(Số liệu tính đến ngày …)" from --as-of', async () => {
    const { paragraphs } = await jsonAndDocx('as-of.docx', ['--as-of', '2022-08-12']);
    expect(paragraphs).toContain('(Số liệu tính đến ngày 12/8/2022)');
  });

  it('numbers the tables "Bảng 2.1" … with --table-prefix 2.', async () => {
    const { paragraphs } = await jsonAndDocx('thesis.docx', ['--table-prefix', '2.', '--tables', 'education']);
    expect(paragraphs.filter((p) => /^(Biểu|Bảng) /.test(p))).toEqual([
      'Bảng 2.1. Cơ cấu đội ngũ cán bộ, công chức theo trình độ chuyên môn',
    ]);
  });

  it('writes its tables in Vietnamese with --lang en too: the document around them is Vietnamese', async () => {
    const { paragraphs, tables } = await jsonAndDocx('lang-en.docx', ['--lang', 'en', '--tables', 'gender']);
    expect(paragraphs.filter((p) => /^(Biểu|Bảng|Table) /.test(p))).toEqual([
      'Biểu 1. Cơ cấu đội ngũ cán bộ, công chức theo giới tính',
    ]);
    const figures = tables.find((t) => t[0]?.[0] === 'Chỉ tiêu');
    expect(figures?.map((row) => row[0])).toEqual(['Chỉ tiêu', 'Nữ', 'Nam', 'Tổng số']);
  });

  it('creates the folder of the path when it does not exist, as --out does', async () => {
    const path = join(dir, 'new', 'folder', 'r.docx');
    const r = await runCli(['report', roster, '--format', 'csv', '--no-excel', '--quiet', '--docx', path], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(statSync(path).size).toBeGreaterThan(5000);
  });

  it('a path under a file: one line naming it, exit 1, nothing written', async () => {
    const path = join(aFile, 'r.docx');
    const r = await runCli(['report', roster, '--format', 'csv', '--no-excel', '--quiet', '--docx', path], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      `cbcc-stats: ${path}: không ghi được tệp: một phần của đường dẫn là tệp, không phải thư mục (ENOTDIR)`,
    ]);
  });

  it('--docx without a path is a usage error (exit 2), also when the next word is an option', async () => {
    const missing = await runCli(['report', roster, '--no-excel', '--docx'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("tùy chọn '--docx <file>' thiếu giá trị");
    const option = await runCli(['report', roster, '--no-excel', '--docx', '--quiet'], { cwd: dir });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('cần đường dẫn của tệp sẽ ghi');
    expect(existsSync(join(dir, '--quiet'))).toBe(false);
  });

  it('an input as the path is a usage error (exit 2): inputs are never written to', async () => {
    const r = await runCli(['report', roster, '--no-excel', '--quiet', '--docx', roster], { cwd: dir });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`cbcc-stats: --docx ${roster} là tệp đầu vào; không bao giờ ghi đè đầu vào`]);
  });

  it('with --series is a usage error (exit 2): the Word report is of one period', async () => {
    const r = await runCli(['report', roster, roster, '--series', '--docx', join(dir, 's.docx')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['cbcc-stats: --docx không dùng được với --series']);
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe('the Word report in LibreOffice Writer', () => {
  // LibreOffice is not a dependency: without the Debian package libreoffice-writer-nogui there is nothing to open it with.
  it.skipIf(!soffice)(
    'converts to a PDF of A4 pages showing the title, the narrative and "Biểu 1" (skipped without soffice)',
    async () => {
      const { path } = await jsonAndDocx('writer.docx', ['--as-of', '2022-08-12']);
      const profile = `file://${join(dir, 'lo-profile')}`;
      const convert = spawnSync(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path],
        { encoding: 'utf8', timeout: 240_000 },
      );
      const pdf = join(dir, 'writer.pdf');
      expect(existsSync(pdf), convert.stderr).toBe(true);
      const info = spawnSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' }).stdout;
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) =>
        [Number(m[1]), Number(m[2])].sort((a, b) => a - b).map(Math.round),
      );
      expect(sizes.length).toBeGreaterThanOrEqual(2);
      for (const size of sizes) expect(size).toEqual([595, 842]);
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('THỐNG KÊ ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC');
      expect(text).toContain('Tổng số 636 người');
      expect(text).toContain('Biểu 1. Cơ cấu đội ngũ cán bộ, công chức');
    },
    300_000,
  );
});

describe('the doubts paragraph of the Word report', () => {
  const doubtful = join(dir, 'doubtful.csv');
  const notes = async (...args: string[]) => {
    writeFileSync(
      doubtful,
      [
        'STT,Họ và tên,Giới tính,Đơn vị,Chức vụ,Cán bộ/Công chức,Trình độ chuyên môn,Lý luận chính trị,Đảng viên',
        '1,Người Một,Nữ,Xã An Bình,Bí thư Đảng ủy,Cán bộ,Thạc sĩ,Cao cấp,x',
        '2,Người Hai,Nam,Xã An Bình,Văn phòng - Thống kê,Công chức,Giỏi,Trung cấp,x',
        '3,Người Ba,Nam,Xã An Bình,Chủ tịch UBND,Cán bộ,Đại học,Trung cấp,x',
      ].join('\n'),
    );
    const path = join(dir, `doubtful-${args.length}.docx`);
    const r = await runCli(['report', doubtful, '--quiet', '--docx', path, '--as-of', '2025-01-01', ...args], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    return paragraphsOf(docxPart(readFileSync(path), 'word/document.xml')).find((p) =>
      p.startsWith('Lưu ý về số liệu'),
    );
  };

  it('points to the Excel report’s quality sheet when the Excel report is written beside it', async () => {
    expect(await notes('--out', join(dir, 'doubtful.xlsx'))).toMatch(
      /1 giá trị chưa phân loại được, tính vào "Không rõ"\. Chi tiết tại trang "Chất lượng dữ liệu" của báo cáo Excel\.$/,
    );
  });

  it('does not point to an Excel report that --no-excel did not write', async () => {
    const text = await notes('--no-excel');
    expect(text).toMatch(/1 giá trị chưa phân loại được, tính vào "Không rõ"\.$/);
    expect(text).not.toContain('báo cáo Excel');
  });
});
