/** A CellSink that writes down every call a scan or a replay makes, to compare calls, not only rows. */
import type { CellSink } from '../read/xlsx-bytes.js';

export class RecordingSink implements CellSink {
  readonly said: unknown[][] = [];
  empty(n: number): void {
    this.said.push(['empty', n]);
  }
  row(n: number, hidden: boolean): void {
    this.said.push(['row', n, hidden]);
  }
  value(col: number, kind: number, v: number): void {
    this.said.push(['value', col, kind, v]);
  }
  text(col: number, tag: string, body: string | undefined): void {
    this.said.push(['text', col, tag, body]);
  }
  rowEnd(): void {
    this.said.push(['rowEnd']);
  }
}
