/**
 * The option parser's usage errors (an unknown option, a missing argument, a bad value, an unknown command)
 * said in the interface language, in the one-line form of the other errors; exit 2 either way.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/io.js';

const lines = (stderr: string) => stderr.trim().split('\n');

describe('usage errors in Vietnamese (the default)', () => {
  it.each([
    [['report', 'a.csv', '--bogus'], "cbcc-stats: không có tùy chọn '--bogus'", 'report'],
    [['report', 'a.csv', '--bu', 'unit'], "cbcc-stats: không có tùy chọn '--bu' (có phải --by?)", 'report'],
    [['report'], 'cbcc-stats: thiếu tệp, thư mục hoặc mẫu tên của danh sách', 'report'],
    [['compare', 'a.csv'], 'cbcc-stats: thiếu kỳ sau (tệp, thư mục hoặc mẫu tên)', 'compare'],
    [['report', 'a.csv', '--by'], "cbcc-stats: tùy chọn '--by <group>' thiếu giá trị", 'report'],
    [
      ['report', 'a.csv', '--decimals', 'abc'],
      "cbcc-stats: tùy chọn '--decimals <n>': giá trị 'abc' không hợp lệ; cần một số nguyên từ 0 đến 100",
      'report',
    ],
    [
      ['inspect', 'a.csv', '--header-row', '0'],
      "cbcc-stats: tùy chọn '--header-row <n>': giá trị '0' không hợp lệ; cần một số nguyên từ 1 trở lên",
      'inspect',
    ],
    [
      ['report', 'a.csv', '--age-brackets', '40,30'],
      "cbcc-stats: tùy chọn '--age-brackets <edges>': giá trị '40,30' không hợp lệ; các mốc tuổi phải tăng dần",
      'report',
    ],
    [
      ['inspect', 'a.csv', 'b.csv'],
      "cbcc-stats: lệnh 'inspect' nhận 1 đối số, nhưng được cho 2 (tên tệp có dấu cách cần đặt trong ngoặc kép)",
      'inspect',
    ],
  ])('%j: one line saying what is wrong, then where the usage is; exit 2', async (argv, line, command) => {
    const r = await runCli(argv);
    expect([r.code, lines(r.stderr)]).toEqual([2, [line, `(xem cách dùng: cbcc-stats ${command} --help)`]]);
    expect(r.stderr).not.toMatch(/error:|invalid|unknown|missing|expected/);
  });

  it('an unknown command names the commands there are, and the nearest one', async () => {
    const r = await runCli(['reprt', 'a.csv']);
    expect([r.code, lines(r.stderr)]).toEqual([
      2,
      [
        "cbcc-stats: không có lệnh 'reprt' (có phải report?) (các lệnh: report, inspect, init-config, compare)",
        '(xem cách dùng: cbcc-stats --help)',
      ],
    ]);
  });
});

describe('usage errors in English with --lang en', () => {
  it.each([
    [['report', 'a.csv', '--bogus', '--lang', 'en'], "cbcc-stats: unknown option '--bogus'"],
    [
      ['report', 'a.csv', '--lang', 'en', '--as-of', '30/2/2023'],
      "cbcc-stats: option '--as-of <date>' argument '30/2/2023' is invalid. expected a date as dd/mm/yyyy or YYYY-MM-DD",
    ],
    [['report', '--lang=en'], "cbcc-stats: missing required argument 'inputs'"],
  ])('%j', async (argv, line) => {
    const r = await runCli(argv);
    expect([r.code, lines(r.stderr)]).toEqual([2, [line, '(run cbcc-stats report --help for usage)']]);
  });

  it('a run in English does not leave the next run speaking English', async () => {
    await runCli(['report', 'a.csv', '--lang', 'en', '--decimals', 'x']);
    const r = await runCli(['report', 'a.csv', '--decimals', 'x']);
    expect(lines(r.stderr)[0]).toContain('cần một số nguyên từ 0 đến 100');
  });
});
