/**
 * What the xlsx reader thread finds, sent to the main thread as numbers (issue 17): a batch is a
 * Float64Array of records of three numbers each — a row starts, a row not written, a row ends, or a
 * cell (its column and its shared-string index, integer or serial) — and, for the rare cell in any other
 * form, its tag and body as text beside it. The buffer is transferred, not copied, and sent back for
 * the next batch. The main thread replays a batch into a RowBuilder a row at a time (no more rows wait
 * to be counted than one, so none lives long enough to be promoted), which looks the shared strings up
 * there: the same index gives the same string instance as in the reader of this thread.
 */
import type { CellSink } from './xlsx-bytes.js';

/** A record's first number: a cell's kind (EMPTY, SHARED, NUMBER, DATE: 0–3), or one of these. */
const ROW = -1;
const EMPTY_ROW = -2;
const ROW_END = -3;
const TEXT = -4;

/** One batch as posted: `length` numbers of `values` used, and the text cells' tags and bodies. */
export interface CellBatch {
  values: Float64Array;
  length: number;
  texts: Array<string | null>;
}

/** Collects a scan's findings into batches; `full` says when one should be sent. */
export class BatchSink implements CellSink {
  private values: Float64Array;
  private length = 0;
  private texts: Array<string | null> = [];
  private rows = 0;

  constructor(
    private readonly rowsPerBatch: number,
    buffer?: Float64Array,
  ) {
    this.values = buffer ?? new Float64Array(64 * 1024);
  }

  private add(a: number, b: number, c: number): void {
    if (this.length + 3 > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values.subarray(0, this.length));
      this.values = grown;
    }
    const v = this.values;
    v[this.length] = a;
    v[this.length + 1] = b;
    v[this.length + 2] = c;
    this.length += 3;
  }

  empty(n: number): void {
    this.add(EMPTY_ROW, n, 0);
    this.rows++;
  }

  row(n: number, hidden: boolean): void {
    this.add(ROW, n, hidden ? 1 : 0);
  }

  value(col: number, kind: number, v: number): void {
    this.add(kind, col, v);
  }

  text(col: number, tag: string, body: string | undefined): void {
    this.add(TEXT, col, this.texts.length);
    this.texts.push(tag, body ?? null);
  }

  rowEnd(): void {
    this.add(ROW_END, 0, 0);
    this.rows++;
  }

  /** Whether enough rows are held to send them. */
  get full(): boolean {
    return this.rows >= this.rowsPerBatch;
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  /** The batch held, handed over; the next is written into `next` (a buffer sent back) or a new one. */
  take(next?: Float64Array): CellBatch {
    const batch: CellBatch = { values: this.values, length: this.length, texts: this.texts };
    this.values = next ?? new Float64Array(this.values.length);
    this.length = 0;
    this.texts = [];
    this.rows = 0;
    return batch;
  }
}

/**
 * Tells a sink, in order, what a batch holds (the calls the scan made in the reader thread), from the
 * record at `from`: all of it, or with `oneRow` up to the end of the next row. Returns where it stopped.
 */
export function replay(batch: CellBatch, sink: CellSink, from = 0, oneRow = false): number {
  const { values, length, texts } = batch;
  for (let i = from; i < length; i += 3) {
    const kind = values[i]!;
    if (kind >= 0) sink.value(values[i + 1]!, kind, values[i + 2]!);
    else if (kind === ROW) sink.row(values[i + 1]!, values[i + 2] === 1);
    else if (kind === ROW_END) {
      sink.rowEnd();
      if (oneRow) return i + 3;
    } else if (kind === EMPTY_ROW) {
      sink.empty(values[i + 1]!);
      if (oneRow) return i + 3;
    } else {
      const at = values[i + 2]!;
      sink.text(values[i + 1]!, texts[at]!, texts[at + 1] ?? undefined);
    }
  }
  return length;
}
