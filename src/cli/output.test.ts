/**
 * Output that cannot be written: a full disk on standard output, a reader that stops early, an output
 * path that is a device, a folder, under a file or read-only, a batch that fails half-way. Each is one
 * line on stderr naming what and why, exit 1, and nothing half-written left behind. (Tests run as root,
 * so permissions cannot stop a write: the failures are provoked by /dev/full and by the shape of paths.)
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { thaiNguyen2022, unitName } from '../../fixtures/lib/truth.js';
import { writeRosterCsv } from '../../fixtures/lib/write.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { DataOut } from './io.js';

const bin = resolve('bin/cbcc-stats.js');
const dir = tempDir('cbcc-output-');
const roster = join(dir, 'roster.csv');
const units = join(dir, 'units');
const aFile = join(dir, 'a-file.txt');

/** The built command with its standard output on the given file descriptor or pipe. */
function cliTo(stdout: number | 'pipe', args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', stdout, 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stderr: r.stderr };
}

function withDevFull<T>(fn: (fd: number) => T): T {
  const fd = openSync('/dev/full', 'w');
  try {
    return fn(fd);
  } finally {
    closeSync(fd);
  }
}

const lines = (text: string) => text.split('\n').filter(Boolean);
const temporaries = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

beforeAll(async () => {
  const people = thaiNguyen2022();
  await writeRosterCsv(people, roster);
  mkdirSync(units);
  const names = [...new Set(people.map(unitName))].slice(0, 3);
  for (const [i, unit] of names.entries())
    await writeRosterCsv(
      people.filter((p) => unitName(p) === unit),
      join(units, `${String.fromCharCode(97 + i)}.csv`),
    );
  writeFileSync(aFile, 'not a folder\n');
});

describe('standard output that cannot be written', () => {
  it('a full disk (/dev/full) under report --json: one line naming standard output and ENOSPC, exit 1', () => {
    const r = withDevFull((fd) => cliTo(fd, ['report', roster, '--json', '--no-excel', '--quiet']));
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      'cbcc-stats: cannot write to standard output: no space left on the device (ENOSPC)',
    ]);
  });

  it('a full disk under inspect and under --help is an error too', () => {
    for (const args of [['inspect', roster], ['--help']]) {
      const r = withDevFull((fd) => cliTo(fd, args));
      expect(r.code, args.join(' ')).toBe(1);
      expect(lines(r.stderr)).toEqual([
        'cbcc-stats: cannot write to standard output: no space left on the device (ENOSPC)',
      ]);
    }
  });

  it('a full disk on standard output writes no Excel report either', () => {
    const out = join(dir, 'not-written.xlsx');
    const r = withDevFull((fd) => cliTo(fd, ['report', roster, '--json', '--out', out, '--quiet']));
    expect(r.code).toBe(1);
    expect(() => statSync(out)).toThrow();
  });

  it('a reader that stops early (| head) ends the run quietly with the usual exit code', async () => {
    const child = spawn(process.execPath, [bin, 'report', roster, '--format', 'md', '--no-excel', '--quiet'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('standard output redirected to a file is cut back to what it held when a write fails', async () => {
    const path = join(dir, 'redirected.json');
    writeFileSync(path, 'earlier output\n');
    const fd = openSync(path, 'a');
    try {
      const stream = {
        fd,
        isTTY: false,
        on: () => stream,
        // Half the text reaches the disk, then the disk is full.
        write(text: string, done: (err?: Error | null) => void) {
          writeSync(fd, text.slice(0, text.length / 2));
          done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
          return false;
        },
      };
      const out = new DataOut(stream as unknown as NodeJS.WriteStream);
      out.write('{ "total": 636 }\n');
      await expect(out.settled()).rejects.toThrow('cannot write to standard output: no space left on the device');
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(path, 'utf8')).toBe('earlier output\n');
  });
});

describe('files that cannot be written', () => {
  it('the Excel report on a full device (--out /dev/full): one line naming it, exit 1, the device left a device', async () => {
    const r = await runCli(['report', roster, '--out', '/dev/full', '--quiet', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual(['cbcc-stats: /dev/full: không ghi được tệp: ổ đĩa hết chỗ (ENOSPC)']);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('an Excel path that is a folder: one line, nothing left in it', async () => {
    const folder = join(dir, 'a-folder.xlsx');
    mkdirSync(folder);
    const r = await runCli(['report', roster, '--out', folder, '--quiet', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([`cbcc-stats: ${folder}: không ghi được tệp: đó là một thư mục (EISDIR)`]);
    expect(readdirSync(folder)).toEqual([]);
    expect(temporaries(dir)).toEqual([]);
  });

  it('an Excel path under a file (ENOTDIR): one line naming the path', async () => {
    const out = join(aFile, 'report.xlsx');
    const r = await runCli(['report', roster, '--out', out, '--quiet', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      `cbcc-stats: ${out}: không ghi được tệp: một phần của đường dẫn là tệp, không phải thư mục (ENOTDIR)`,
    ]);
  });

  it('a read-only Excel file is not replaced', async () => {
    const out = join(dir, 'read-only.xlsx');
    writeFileSync(out, 'last month');
    chmodSync(out, 0o444);
    const r = await runCli(['report', roster, '--out', out, '--quiet', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([`cbcc-stats: ${out}: không ghi được tệp: tệp chỉ đọc`]);
    expect(readFileSync(out, 'utf8')).toBe('last month');
  });

  it('an --out-dir under a file: one line, exit 1', async () => {
    const outDir = join(aFile, 'reports');
    const r = await runCli(['report', units, '--each', '--out-dir', outDir, '--quiet', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain(`${join(outDir)}`);
    expect(r.stderr).toContain('(ENOTDIR)');
  });

  it('an --each batch that fails half-way leaves the folder as it was: no report of this run, no temporary file', async () => {
    const outDir = join(dir, 'batch');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'consolidated.report.json'), 'last month');
    // The second input's report cannot be written: a folder has its name.
    mkdirSync(join(outDir, 'b.report.json'));
    const r = await runCli(['report', units, '--each', '--out-dir', outDir, '--quiet', '--format', 'csv'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      `cbcc-stats: ${join(outDir, 'b.report.json')}: không ghi được tệp: đó là một thư mục (EISDIR)`,
    ]);
    expect(readdirSync(outDir).sort()).toEqual(['b.report.json', 'consolidated.report.json']);
    expect(readFileSync(join(outDir, 'consolidated.report.json'), 'utf8')).toBe('last month');
  });

  it('an --each batch that succeeds writes every report and no temporary file', async () => {
    const outDir = join(dir, 'batch-ok');
    const r = await runCli(['report', units, '--each', '--out-dir', outDir, '--quiet', '--format', 'csv'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual([
      'a.report.json',
      'a.report.xlsx',
      'b.report.json',
      'b.report.xlsx',
      'c.report.json',
      'c.report.xlsx',
      'consolidated.report.json',
      'consolidated.report.xlsx',
    ]);
  });

  it('init-config and compare --out name the file that could not be written', async () => {
    const init = await runCli(['init-config', roster, '--out', '/dev/full', '--force'], { cwd: dir });
    expect(init.code).toBe(1);
    expect(lines(init.stderr)).toEqual(['cbcc-stats: /dev/full: không ghi được tệp: ổ đĩa hết chỗ (ENOSPC)']);
    const folder = join(dir, 'compare.xlsx');
    mkdirSync(folder);
    const compare = await runCli(['compare', roster, roster, '--json', '--out', folder, '--quiet'], { cwd: dir });
    expect(compare.code).toBe(1);
    expect(lines(compare.stderr)).toEqual([`cbcc-stats: ${folder}: không ghi được tệp: đó là một thư mục (EISDIR)`]);
  });
});
