/**
 * A file counted in a real worker thread (worker.ts, its result posted back by structured clone, as the
 * pool does) comes back as the very collector the main thread counts from the same file: every field,
 * compared structurally. The rosters are generated to fill every field: two-way tables, standards,
 * retirement, people counted twice, doubts, values not understood, rows skipped.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGridAs } from '../../fixtures/lib/grid.js';
import { inSheetLayouts } from '../../fixtures/lib/layouts.js';
import { twoFilesSharingPeople } from '../../fixtures/lib/workbooks.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { Collector } from '../aggregate/collector.js';
import { unknownEntries } from '../aggregate/unknown-values.js';
import { Identities } from '../aggregate/identities.js';
import { KeyTable } from '../aggregate/identity-keys.js';
import { buildReport } from '../aggregate/report.js';
import { Tally } from '../aggregate/tally.js';
import { BUILT_IN } from '../standards/rulesets.js';
import { tempDir } from '../test-support/tmp.js';
import { collectFile } from './file.js';
import type { AnalyzeOptions } from './options.js';
import type { WorkerResult } from './pool.js';

const dir = tempDir();
const book = join(dir, 'two-sheets-sharing-people.xlsx');
const doubtful = join(dir, 'subtotal-off.xlsx');

const options: AnalyzeOptions = {
  groupBy: 'unit',
  asOf: { year: 2024, month: 1, day: 1 },
  retiringWithin: 5,
  standards: BUILT_IN['nd33-2023']!,
  crosses: [
    ['education', 'staffType'],
    ['ageGroup', 'gender'],
  ],
  keepPeople: true,
};

/** One workbook: wards on one sheet, communes and three of the ward people on another, one education not understood. */
async function writeSharingBook(): Promise<void> {
  const { first, second } = twoFilesSharingPeople(3);
  const rows = second.sheets[0]!.rows.map((r) => [...r]);
  const education = rows[3]!.indexOf('Trình độ chuyên môn');
  rows[4]![education] = 'Bằng nghề thủ công';
  await writeBook(
    {
      sheets: [
        { name: 'Phường', rows: first.sheets[0]!.rows },
        { name: 'Xã', rows },
      ],
      people: [...first.people, ...second.people],
    },
    book,
  );
}

/** A layout with sections and subtotal rows, one subtotal saying a person more than its section has. */
async function writeDoubtfulLayout(): Promise<void> {
  const layout = inSheetLayouts().find((l) => l.id === 'sections-roman-subtotals')!;
  const r = layout.grid.rows.findIndex((cells) => String(cells[1] ?? '').startsWith('Cộng:'));
  const n = Number(/\d+/.exec(String(layout.grid.rows[r]![1]))![0]);
  layout.grid.rows[r]![1] = `Cộng: ${n + 1} người`;
  await writeGridAs(layout.grid, 'xlsx', doubtful);
}

/** The worker thread of the pool, run from its TypeScript source (tsx registered in the thread). */
function startWorker(): Worker {
  const source = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`, {
    eval: true,
  });
}

const worker = startWorker();
afterAll(() => worker.terminate());

function countInWorker(file: string, index: number): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const onMessage = (r: WorkerResult) => {
      if (r.index !== index) return;
      worker.off('message', onMessage);
      resolve(r);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage({ index, file, options });
  });
}

const here = new Map<string, Collector>();
const there = new Map<string, Collector>();

beforeAll(async () => {
  await writeSharingBook();
  await writeDoubtfulLayout();
  for (const [i, file] of [book, doubtful].entries()) {
    const result = await countInWorker(file, i);
    expect(result.failure).toBeUndefined();
    there.set(file, Collector.fromPlain(result.collector));
    here.set(file, (await collectFile(file, options)).collector);
  }
}, 120_000);

/** Caches that do not cross: a tally's counts by level, the profiles seen, the last place, a collector's kinds of person (expanded into its tallies when read), the people found twice. */
const CACHES = new Set([
  'materialized',
  'seen',
  'last',
  'kinds',
  'kindCounts',
  'unitKinds',
  'pending',
  'crossFree',
  'found',
]);

/**
 * Every own field of an object as it is in memory (not through toPlain, which is what is under test):
 * tallies, identities and their tables of keys field by field too, a table's arrays cut to its keys.
 */
function fieldsOf(o: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const size = o instanceof KeyTable ? o.size : undefined;
  const bytes = o instanceof KeyTable ? (o.end[o.size - 1] ?? 0) : undefined;
  for (const [key, value] of Object.entries(o)) {
    if (CACHES.has(key)) continue;
    if (value instanceof Tally || value instanceof Identities) out[key] = fieldsOf(value);
    else if (Array.isArray(value) && value[0] instanceof KeyTable) out[key] = value.map((t: KeyTable) => fieldsOf(t));
    else if (key === 'text' && bytes !== undefined) out[key] = (value as Uint8Array).slice(0, bytes);
    else if (key === 'used' && bytes !== undefined) continue;
    else if (value instanceof Map && value.size > 0 && [...value.values()][0] instanceof Tally)
      out[key] = new Map([...(value as Map<string, Tally>)].map(([k, t]) => [k, fieldsOf(t)]));
    else if (size !== undefined && ArrayBuffer.isView(value)) out[key] = (value as Float64Array).slice(0, size);
    else out[key] = value;
  }
  return out;
}

function merged(from: Map<string, Collector>): Collector {
  const all = new Collector(here.get(book)!.settings);
  for (const c of from.values()) all.merge(c);
  return all;
}

describe('a file counted in a worker thread', () => {
  it('fills every field the test means to carry (so that the comparison below is not of empty collectors)', () => {
    const c = merged(here);
    const t = c.overall;
    expect({
      crossCells: t.crosses.map((x) => x.cells.size > 0),
      standards: t.standards.size > 0,
      retirement: t.retirement.size > 0,
      ages: t.ages.size > 0,
      lacking: c.lacking.length > 0,
      overlaps: c.identities.overlaps().length,
      duplicateIds: c.duplicateIds,
      doubts: c.doubts.map((d) => d.code),
      unknown: [...unknownEntries(c.unknown)].map((u) => u.value),
      skipped: c.skipped.length > 0,
      people: c.people.size > 0,
      byRawUnit: c.byRawUnit.size > 1,
    }).toEqual({
      crossCells: [true, true],
      standards: true,
      retirement: true,
      ages: true,
      lacking: true,
      overlaps: 1,
      duplicateIds: 3,
      doubts: ['SUBTOTAL_MISMATCH'],
      unknown: ['Bằng nghề thủ công'],
      skipped: true,
      people: true,
      byRawUnit: true,
    });
  });

  it('comes back with every field of its collector, its tallies and its identities equal to those counted here', () => {
    for (const file of [book, doubtful]) {
      const want = fieldsOf(here.get(file)!);
      const got = fieldsOf(there.get(file)!);
      expect(Object.keys(got)).toEqual(Object.keys(want));
      for (const key of Object.keys(want)) expect(got[key], `${file}: ${key}`).toEqual(want[key]);
    }
  });

  it('gives the same report, once merged with the others, as the files counted in turn', () => {
    const meta = { sources: [], options: {} };
    expect(JSON.stringify(buildReport(merged(there), meta))).toBe(JSON.stringify(buildReport(merged(here), meta)));
  });

  it('keeps counting after the crossing: another file merged lands in the overall and identity counts', async () => {
    const back = Collector.fromPlain((await countInWorker(book, 2)).collector);
    const total = back.overall.total;
    const people = back.identities.size;
    back.merge(here.get(doubtful)!);
    expect([back.overall.total - total, back.identities.size - people]).toEqual([
      here.get(doubtful)!.overall.total,
      here.get(doubtful)!.identities.size,
    ]);
  });
});
