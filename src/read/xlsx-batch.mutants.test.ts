/**
 * The batches the xlsx reader thread sends (xlsx-batch.ts), one rule per test: a scan's calls recorded
 * and replayed in order and unchanged, the buffer grown past its size, when a batch is full, and what
 * taking a batch leaves for the next.
 */
import { describe, expect, it } from 'vitest';
import { RecordingSink } from '../test-support/cell-sink.js';
import { BatchSink, replay, type CellBatch } from './xlsx-batch.js';
import { ByteCellScanner, DATE, EMPTY, NUMBER, RowBuilder, SHARED, type CellSink } from './xlsx-bytes.js';

/** Tells a sink one of every call a scan makes. */
function tell(sink: CellSink): void {
  sink.empty(1);
  sink.row(2, true);
  sink.value(0, SHARED, 17);
  sink.value(1, NUMBER, 1998);
  sink.value(2, DATE, 45_292);
  sink.value(3, EMPTY, 0);
  sink.text(4, ' r="E2" t="str"', '<f>A2</f><v>x</v>');
  sink.text(5, ' r="F2"', undefined);
  sink.rowEnd();
  sink.row(3, false);
  sink.text(0, ' r="A3" t="inlineStr"', '');
  sink.rowEnd();
}

const replayed = (batch: CellBatch, from = 0, oneRow = false) => {
  const calls = new RecordingSink();
  const stop = replay(batch, calls, from, oneRow);
  return { said: calls.said, stop };
};

describe('a batch replayed', () => {
  it('tells the sink every call of the scan, in order and unchanged', () => {
    const sink = new BatchSink(100);
    tell(sink);
    const direct = new RecordingSink();
    tell(direct);
    expect(replayed(sink.take()).said).toEqual(direct.said);
  });

  it('tells a row not hidden as not hidden', () => {
    const sink = new BatchSink(100);
    sink.row(7, false);
    expect(replayed(sink.take()).said).toEqual([['row', 7, false]]);
  });

  it('keeps an empty body apart from no body', () => {
    const sink = new BatchSink(100);
    sink.text(0, ' r="A1"', '');
    sink.text(1, ' r="B1"', undefined);
    expect(replayed(sink.take()).said).toEqual([
      ['text', 0, ' r="A1"', ''],
      ['text', 1, ' r="B1"', undefined],
    ]);
  });

  it('starts at the record given', () => {
    const sink = new BatchSink(100);
    sink.empty(1);
    sink.empty(2);
    expect(replayed(sink.take(), 3).said).toEqual([['empty', 2]]);
  });

  it('a row at a time stops after the end of a written row, giving where the next starts', () => {
    const sink = new BatchSink(100);
    tell(sink);
    const batch = sink.take();
    const first = replayed(batch, 0, true);
    const second = replayed(batch, first.stop, true);
    expect([first.said, second.said.at(-1), second.stop]).toEqual([[['empty', 1]], ['rowEnd'], 27]);
  });

  it('a row at a time ends at the batch length after its last row', () => {
    const sink = new BatchSink(100);
    tell(sink);
    const batch = sink.take();
    expect(replayed(batch, 27, true)).toEqual({
      said: [['row', 3, false], ['text', 0, ' r="A3" t="inlineStr"', ''], ['rowEnd']],
      stop: 36,
    });
  });

  it('whole, goes on past every row end to the batch length', () => {
    const sink = new BatchSink(100);
    tell(sink);
    const { said, stop } = replayed(sink.take());
    expect([said.length, stop]).toEqual([12, 36]);
  });
});

describe('a batch’s buffer', () => {
  it('grows past the size it was given, keeping what it held', () => {
    const sink = new BatchSink(100, new Float64Array(4));
    tell(sink);
    const batch = sink.take();
    const direct = new RecordingSink();
    tell(direct);
    expect([batch.values.length, replayed(batch).said]).toEqual([64, direct.said]);
  });

  it('holds three numbers a record', () => {
    const sink = new BatchSink(100, new Float64Array(6));
    sink.value(2, NUMBER, 5);
    sink.value(3, NUMBER, 6);
    const batch = sink.take();
    expect([batch.length, [...batch.values]]).toEqual([6, [2, 2, 5, 2, 3, 6]]);
  });

  it('starts at 65,536 numbers when none is given', () => {
    const sink = new BatchSink(100);
    sink.empty(1);
    expect(sink.take().values.length).toBe(65_536);
  });
});

describe('a batch held', () => {
  it('is full when it holds as many rows as asked, empty rows counted, and not before', () => {
    const sink = new BatchSink(2);
    sink.empty(1);
    sink.row(2, false);
    const before = sink.full;
    sink.rowEnd();
    expect([before, sink.full]).toEqual([false, true]);
  });

  it('is empty before anything is told, and not after', () => {
    const sink = new BatchSink(2);
    const before = sink.isEmpty;
    sink.row(1, false);
    expect([before, sink.isEmpty]).toEqual([true, false]);
  });

  it('once taken, starts again empty, with no rows and no texts', () => {
    const sink = new BatchSink(1);
    sink.row(1, false);
    sink.text(0, ' r="A1"', 'x');
    sink.rowEnd();
    sink.take();
    sink.row(2, false);
    sink.text(0, ' r="A2"', 'y');
    const batch = sink.take();
    expect([sink.isEmpty, sink.full, batch.length, batch.texts]).toEqual([true, false, 6, [' r="A2"', 'y']]);
  });

  it('once taken, is written into the buffer sent back', () => {
    const sink = new BatchSink(1);
    sink.empty(1);
    const back = new Float64Array(9);
    sink.take(back);
    sink.empty(2);
    const batch = sink.take();
    expect([batch.values === back, [...batch.values.subarray(0, 3)]]).toEqual([true, [-2, 2, 0]]);
  });

  it('once taken without a buffer sent back, is written into a new one of the same size', () => {
    const sink = new BatchSink(1, new Float64Array(9));
    sink.empty(1);
    const first = sink.take();
    sink.empty(2);
    const second = sink.take();
    expect([second.values === first.values, second.values.length, first.values[1]]).toEqual([false, 9, 1]);
  });
});

describe('a sheet scanned into batches', () => {
  it('gives the rows the byte scanner gives when replayed into a row builder', () => {
    const xml = Buffer.from(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Nữ</t></is></c></row>' +
        '<row r="3" hidden="1"><c r="A3" s="1"><v>45292</v></c><c r="C3"><v>7</v></c></row></sheetData>',
    );
    const ctx = { sharedStrings: { get: (i: number) => ['Họ và tên'][i] }, dateStyles: [false, true], date1904: false };
    const sink = new BatchSink(100);
    new ByteCellScanner(ctx.dateStyles, sink).push(xml);
    const builder = new RowBuilder(ctx);
    replay(sink.take(), builder);
    expect(builder.take()).toEqual([
      { n: 1, cells: ['Họ và tên', 'Nữ'] },
      { n: 2, cells: [] },
      { n: 3, cells: [new Date(Date.UTC(2024, 0, 1)), null, 7], hidden: true },
    ]);
  });
});
