/**
 * A CSV split in two engines gives every output byte for byte as one engine does (csv-split.ts): every
 * csv fixture and every layout fixture written as csv (sections, subtotals, carried-down units, signature
 * blocks, second tables …), the split forced on at a tiny size, against the split off. The part's engine
 * runs in this thread here, its messages structurally cloned as a thread's are (one real thread below).
 */
import { EventEmitter } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Random } from '../../fixtures/lib/random.js';
import { goldenCases, goldenText, reportCommands, type GoldenCase } from '../../fixtures/lib/golden.js';
import { writeGridAs } from '../../fixtures/lib/grid.js';
import { inSheetLayouts } from '../../fixtures/lib/layouts.js';
import { CsvByteScanner } from '../read/csv-bytes.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { collectFile } from './file.js';
import { countCsvPart, QuoteWalk, splitting, type PartJob, type PartMessage, type PartWorker } from './csv-split.js';

const root = tempDir('cbcc-split-');
const usual = { ...splitting };
afterEach(() => Object.assign(splitting, usual));

/** The part's engine in this thread, behind the messages a worker thread would send. */
function inThread(): PartWorker {
  const events = new EventEmitter();
  return {
    postMessage: (job: PartJob) =>
      void countCsvPart(structuredClone(job).part, (m: PartMessage) => events.emit('message', structuredClone(m))),
    on(event: string, listener: (m: PartMessage) => void) {
      return events.on(event, listener);
    },
    terminate: () => Promise.resolve(0),
  };
}

/** Splits every CSV from its first byte on, waiting for the part to know where it starts; or no split. */
function split(on: boolean, worker: () => PartWorker = inThread): void {
  Object.assign(splitting, { bytes: () => 1, available: () => on, worker, wait: true });
}

/** The JSON, Markdown and CSV reports (with --by, standards, retirement and a two-way table) of a case. */
function asCsv(c: GoldenCase): GoldenCase {
  return {
    ...c,
    commands: reportCommands(c.commands[0]![1]!).filter((a) => !a.includes('{out}') && a[0] === 'report'),
  };
}

const csvCases: GoldenCase[] = [
  ...goldenCases().filter((c) => c.name.endsWith('.csv') || c.name.startsWith('reform')),
  ...inSheetLayouts()
    .filter((l) => !l.formats.includes('csv'))
    .map((l) => ({
      name: `${l.id}.csv`,
      write: (dir: string) => writeGridAs(l.grid, 'csv', join(dir, `${l.id}.csv`)),
      commands: reportCommands(`${l.id}.csv`),
    })),
].map(asCsv);

describe.each(csvCases.map((c) => [c.name, c] as const))('the reports of %s', (name, c) => {
  it('are byte-identical with the csv split in two engines', async () => {
    const run = async (on: boolean) => {
      split(on);
      const dir = join(root, `${name}-${on ? 'split' : 'one'}`);
      await mkdir(dir);
      return goldenText(c, dir, (argv, cwd) => runCli(argv, { cwd }));
    };
    expect(await run(true)).toBe(await run(false));
  });
});

/** A plain roster of many rows: one header line, then people only. */
async function plainRoster(path: string, rows: number): Promise<void> {
  const lines = ['STT,Họ và tên,Giới tính,Ngày sinh,Đơn vị,Chức vụ,Trình độ chuyên môn,Quê quán'];
  for (let i = 1; i <= rows; i++)
    lines.push(
      `${i},Người Số ${i},${i % 3 ? 'Nam' : 'Nữ'},0${(i % 9) + 1}/05/19${60 + (i % 40)},Xã ${(i % 7) + 1},Công chức,${i % 2 ? 'Đại học' : 'Thạc sĩ'},"Tổ ${i}, xã ${i % 5}"`,
    );
  await writeFile(path, `${lines.join('\n')}\n`);
}

describe('a split csv', () => {
  it('takes the second half from the other engine on a plain roster (its rows not read by the first)', async () => {
    const file = join(root, 'plain.csv');
    await plainRoster(file, 400);
    let parts = 0;
    split(true, () => {
      parts++;
      return inThread();
    });
    const r = await collectFile(file, {});
    expect(parts).toBe(1);
    expect(r.collector.overall.total).toBe(400);
    expect(r.sources[0]!.rows).toBe(401);
  });

  it('counts the same in a real worker thread as in one engine', async () => {
    const file = join(root, 'threaded.csv');
    await plainRoster(file, 300);
    const source = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
    split(true, () => {
      const w = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`, {
        eval: true,
      });
      return w as unknown as PartWorker;
    });
    const two = await runCli(['report', file, '--json', '--no-excel', '--by', 'unit'], { cwd: root });
    split(false);
    const one = await runCli(['report', file, '--json', '--no-excel', '--by', 'unit'], { cwd: root });
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  }, 60_000);
});

/** Every record's end as the byte scanner finds it, against the walk's count at each line feed. */
function walkAgreesWithScanner(text: string, chunk: number): void {
  const bytes = Buffer.from(text);
  for (let at = 1; at <= bytes.length; at++) {
    if (bytes[at - 1] !== 10) continue;
    const scanner = new CsvByteScanner(',');
    let records = 0;
    for (let i = 0; i < at; i += chunk) records += scanner.push(bytes.subarray(i, Math.min(at, i + chunk))).length;
    const w = new QuoteWalk(44);
    for (let i = 0; i < at; i += chunk) w.push(bytes.subarray(i, Math.min(at, i + chunk)));
    if (w.atRecordStart()) expect([text.slice(0, at), w.records]).toEqual([text.slice(0, at), records]);
  }
}

describe('QuoteWalk', () => {
  const tricky = [
    'a,"b,\nc",d\n',
    '"x""\ny",2\n3,4\n',
    'a"b,c\n"d"e,f\n',
    '1,2\r\n3,"4\r\n5"\r\n6\r7\n',
    ',,\n\n"",x\n',
    '"open\nstill\n',
  ].join('');

  it('counts the records the byte scanner makes up to each line start, read in any chunks', () => {
    for (const chunk of [1, 2, 3, 7, 1024]) walkAgreesWithScanner(tricky, chunk);
  });

  it('says a line feed inside a quoted field is no record start', () => {
    const w = new QuoteWalk(44);
    w.push(Buffer.from('a,"b\n'));
    expect(w.atRecordStart()).toBe(false);
    w.push(Buffer.from('c"\n'));
    expect([w.atRecordStart(), w.records]).toEqual([true, 1]);
  });

  it('takes a quote inside an unquoted field as a letter', () => {
    const w = new QuoteWalk(44);
    w.push(Buffer.from('a"b,c\nd,e\n'));
    expect([w.atRecordStart(), w.records]).toEqual([true, 2]);
  });

  it('walks CRLF lines (an Excel export) by line feeds, not byte by byte, and counts them as the scanner does', () => {
    const rng = new Random(17);
    const field = () => rng.pick(['a', 'Xã 1', '"b,\r\nc"', '"x""y"', '', 'Đại học', '"\r\n"', 'a"b']);
    const lines = (n: number) =>
      Array.from({ length: n }, () => Array.from({ length: 4 }, field).join(',') + '\r\n').join('');
    const bytewise = vi.spyOn(QuoteWalk.prototype as unknown as { bytewise: () => void }, 'bytewise');
    const some = lines(60);
    for (const chunk of [2, 3, 7, 64, 1 << 16]) walkAgreesWithScanner(some, chunk);
    // A chunk whose last byte is the CR of a CRLF is walked byte by byte: chunks of 2 and 3 bytes meet some.
    const byBytes = bytewise.mock.calls.length;
    bytewise.mockClear();
    const w = new QuoteWalk(44);
    w.push(Buffer.from(lines(400)));
    expect([byBytes > 0, bytewise.mock.calls.length, w.records, w.atRecordStart()]).toEqual([true, 0, 400, true]);
  });

  it('counts a CRLF as one record end and a lone CR as one', () => {
    const w = new QuoteWalk(44);
    w.push(Buffer.from('a\r'));
    w.push(Buffer.from('\nb\rc\n'));
    expect(w.records).toBe(3);
  });
});
