/**
 * Whatever arrives, one clear line, exit 1, bounded time and memory, and no report left behind.
 * Every file here is made by the test (seeded), none is copied from anywhere.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Random } from '../../fixtures/lib/random.js';
import { tempDir } from '../test-support/tmp.js';
import { makeXlsx, sheetXml } from '../test-support/zip.js';

const bin = resolve('bin/cbcc-stats.js');
const dir = tempDir();
const HEADER = ['Họ và tên', 'Giới tính', 'Trình độ chuyên môn', 'Lý luận chính trị'];

function cli(args: string[]) {
  const started = Date.now();
  // The heap is capped: a run that would need more than this fails the test instead of swapping.
  const r = spawnSync(process.execPath, ['--max-old-space-size=400', bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

function file(name: string, data: Buffer | string): string {
  writeFileSync(join(dir, name), data);
  return name;
}

const rng = new Random(7);
const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => rng.int(0, 255)));
const X = createRequire(import.meta.url)('@e965/xlsx') as typeof import('@e965/xlsx');

/** The text of every cell of every sheet of a workbook, read with exceljs (not the zip's deflated bytes). */
async function cellTexts(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => out.push(c.text))));
  return out;
}

const cases: Array<[string, () => string, RegExp]> = [
  ['random bytes named .xlsx', () => file('random.xlsx', bytes(4096)), /random\.xlsx: /],
  ['random bytes named .xls', () => file('random.xls', bytes(4096)), /random\.xls: /],
  [
    'a truncated xlsx',
    () => file('truncated.xlsx', makeXlsx(sheetXml([HEADER, ['A', 'Nam', 'ĐH', 'TC']])).subarray(0, 300)),
    /truncated\.xlsx: /,
  ],
  ['an empty file', () => file('empty.csv', ''), /empty\.csv: tệp rỗng/],
  [
    'a header with no rows',
    () => file('header-only.csv', `${HEADER.join(',')}\n`),
    /header-only\.csv.*có dòng tiêu đề \(dòng 1\) nhưng không có người nào/,
  ],
  ['binary data named .csv', () => file('binary.csv', bytes(2048)), /binary\.csv: dữ liệu nhị phân/],
  [
    'an encrypted workbook',
    () => {
      const cfb = X.CFB.utils.cfb_new();
      X.CFB.utils.cfb_add(cfb, 'EncryptionInfo', Buffer.alloc(64, 1));
      X.CFB.utils.cfb_add(cfb, 'EncryptedPackage', bytes(4096));
      return file('secret.xlsx', Buffer.from(X.CFB.write(cfb, { type: 'buffer' }) as Uint8Array));
    },
    /secret\.xlsx: tệp có mật khẩu: lưu lại không đặt mật khẩu/,
  ],
  [
    'a zip bomb (a sheet of zeros)',
    () => file('bomb.xlsx', makeXlsx(Buffer.alloc(64 * 1024 * 1024, 0x20))),
    /bomb\.xlsx: .*zip bomb/,
  ],
  [
    'a zip whose sheet says it is small and is not',
    () =>
      file(
        'liar.xlsx',
        makeXlsx(sheetXml([HEADER, ...Array.from({ length: 20000 }, () => ['Nguyễn Văn An', 'Nam', 'ĐH', 'TC'])]), {
          declaredSize: 1000,
        }),
      ),
    /liar\.xlsx: .*zip bomb/,
  ],
  [
    'XML with a DTD and entities',
    () =>
      file(
        'dtd.xlsx',
        makeXlsx(
          `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;"><!ENTITY ext SYSTEM "file:///etc/passwd">]>${sheetXml([HEADER, ['&lol2;', 'Nam', 'ĐH', 'TC']]).replace(/^<\?xml[^>]*\?>/, '')}`,
        ),
      ),
    /dtd\.xlsx: .*document type declaration/,
  ],
  [
    'a million columns',
    () => file('wide.csv', `${HEADER.join(',')}\n${'x,'.repeat(1_000_000)}\n`),
    /wide\.csv.*more than 16,384 columns/,
  ],
  [
    'a 10 MB cell',
    () => file('big-cell.csv', `${HEADER.join(',')}\nA,Nam,${'Đ'.repeat(10_000_000)},TC\n`),
    /big-cell\.csv.*a cell longer than 1,000,000 characters/,
  ],
];

describe('input that must be refused cleanly', () => {
  it.each(cases)('%s', (_name, make, message) => {
    const input = make();
    const r = cli(['report', input, '--out', 'out.xlsx']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^cbcc-stats: /);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(r.ms).toBeLessThan(10_000);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('values that must not break or hijack anything', () => {
  it('counts __proto__, constructor and toString like any other value', () => {
    const csv = file(
      'proto.csv',
      [
        'Họ và tên,Đơn vị,Giới tính,Trình độ chuyên môn',
        'A,__proto__,__proto__,constructor',
        'B,constructor,Nam,toString',
        'C,toString,Nữ,ĐH',
      ].join('\n'),
    );
    const r = cli(['report', csv, '--json', '--no-excel', '--by', 'unit']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.total).toBe(3);
    expect(json.groups.map((g: { key: string }) => g.key).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(json.unknownValues.map((u: { value: string }) => u.value)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'toString']),
    );
    expect({}.constructor).toBe(Object);
  });

  it('a merge over the whole sheet costs one range, not a billion cells', () => {
    const xml = sheetXml([HEADER, ['A', 'Nam', 'ĐH', 'TC']]).replace(
      '</sheetData>',
      '</sheetData><mergeCells count="1"><mergeCell ref="E10:XFD1048576"/></mergeCells>',
    );
    const r = cli(['report', file('big-merge.xlsx', makeXlsx(xml)), '--json', '--no-excel']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(1);
    expect(r.ms).toBeLessThan(10_000);
  });

  it('--redact shows rows, not names, in people lists', () => {
    const csv = file(
      'people.csv',
      ['Họ và tên,Loại,Trình độ chuyên môn,LLCT', 'Nguyễn Văn Bí Mật,CB,TC,TC', 'Lê Thị Công Khai,CC,ĐH,'].join('\n'),
    );
    const open = JSON.parse(cli(['report', csv, '--json', '--no-excel', '--standards', 'nd33-2023']).stdout);
    expect(open.standards.people[0].name).toBe('Nguyễn Văn Bí Mật');
    const r = cli(['report', csv, '--json', '--out', 'redacted.xlsx', '--standards', 'nd33-2023', '--redact']);
    expect(r.stdout).not.toContain('Bí Mật');
    expect(JSON.parse(r.stdout).standards.people[0]).toMatchObject({ row: 2, name: '' });
  });

  it('--redact leaves no name in any cell of the Excel report, where it is without --redact', async () => {
    const csv = file(
      'people2.csv',
      ['Họ và tên,Loại,Trình độ chuyên môn,LLCT', 'Nguyễn Văn Bí Mật,CB,TC,TC', 'Lê Thị Công Khai,CC,ĐH,'].join('\n'),
    );
    cli(['report', csv, '--out', 'named.xlsx', '--standards', 'nd33-2023']);
    cli(['report', csv, '--out', 'redacted2.xlsx', '--standards', 'nd33-2023', '--redact']);
    const named = await cellTexts(join(dir, 'named.xlsx'));
    const redacted = await cellTexts(join(dir, 'redacted2.xlsx'));
    // Named twice: in the standards list (Chưa đạt chuẩn) and in Dữ liệu đã chuẩn hóa.
    expect(named.filter((t) => t.includes('Bí Mật'))).toEqual(['Nguyễn Văn Bí Mật', 'Nguyễn Văn Bí Mật']);
    expect(redacted.filter((t) => t.includes('Bí Mật'))).toEqual([]);
  });

  it('never opens a network connection: no network module anywhere in the source', () => {
    const src = resolve('src');
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, f.name);
        if (f.isDirectory()) walk(p);
        else if (f.name.endsWith('.ts') && !f.name.endsWith('.test.ts')) {
          const code = readFileSync(p, 'utf8');
          if (/from ['"](node:)?(net|http|https|http2|dgram|tls)['"]|\bfetch\(|WebSocket/.test(code)) offenders.push(p);
        }
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
  });
});
