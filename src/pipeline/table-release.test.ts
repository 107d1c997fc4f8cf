/**
 * What a table's checks keep of its rows' strings goes with the table (issue 17). The repeated-header
 * test kept its answers per value id in one object of its module, and so held the last table's strings
 * (a workbook's shared strings: 63 MB of a national export's million rows) until the process ended:
 * through the building of the report, where the run's memory peaks.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Collector } from '../aggregate/collector.js';
import type { Cell, RawRow, Table } from '../read/types.js';
import { IdRow } from '../read/value-ids.js';
import { settingsOf } from './file.js';
import { analyzeTable } from './table.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Đơn vị'];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];
const LEVELS = ['Đại học', 'Thạc sĩ', 'Cao đẳng'];

/** A sheet of `people` rows under HEADER, every text cell with its value id, as an xlsx reader gives them. */
function sheet(people: number, strings: { length: number }): Table {
  const ids = new Map<string, number>();
  const idRow = (n: number, cells: Cell[]): RawRow =>
    new IdRow(
      n,
      cells,
      cells.map((c) => {
        if (typeof c !== 'string') return -1;
        let id = ids.get(c);
        if (id === undefined) ids.set(c, (id = strings.length++));
        return id;
      }),
      strings,
    );
  async function* rows(): AsyncGenerator<RawRow> {
    yield idRow(1, HEADER);
    for (let i = 0; i < people; i++)
      yield idRow(i + 2, [
        String(i + 1),
        `${NAMES[i % NAMES.length]} ${i}`,
        i % 3 === 0 ? 'Nữ' : 'Nam',
        `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/19${70 + (i % 30)}`,
        LEVELS[i % LEVELS.length]!,
        `Xã ${(i % 7) + 1}`,
      ]);
  }
  return {
    info: { file: 'national.xlsx', format: 'xlsx', sheet: 'Sheet1', sheets: ['Sheet1'], warnings: [] },
    rows: rows(),
  };
}

/** A sheet read through the pipeline; only a weak reference to its rows' strings is kept. */
async function readSheet(people: number): Promise<{ strings: WeakRef<object>; collector: Collector }> {
  const strings = { length: 0 };
  const collector = new Collector(settingsOf({}));
  await analyzeTable(sheet(people, strings), {}, collector);
  return { strings: new WeakRef(strings), collector };
}

describe("a table's strings once it is read", () => {
  it('are no longer held by the checks that read its rows (only the counts stay)', async () => {
    const { strings, collector } = await readSheet(200);
    // A WeakRef holds its target until the job that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(collector.overall.total).toBe(200);
    expect(strings.deref()).toBeUndefined();
  });
});
