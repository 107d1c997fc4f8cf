/**
 * `--export-data`: every person counted, streamed as they are normalized into a file of JSON lines per
 * input (in a temporary folder), apart from the collector, which keeps counts only. Written with
 * synchronous appends of a few kilobytes, so a worker thread or a million rows never hold the people
 * in memory; a file that fails half-way has its lines removed, as its counts are dropped.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Place } from '../aggregate/collector.js';
import type { Person } from '../normalize/person.js';

/** One person as written to the sink: where they are, who, and every level classified. */
export interface PersonLine {
  file: string;
  sheet: string;
  row: number;
  id: string;
  name: string;
  /** The unit as written (the report's unit is resolved when the data is written out). */
  unit: string;
  title: string;
  agency?: string;
  age?: number;
  ageGroup?: string;
  ethnicGroup?: string;
  levels: Record<string, string>;
}

const FLUSH_AT = 64 * 1024;

/** Where an input's people go in the sink folder: a name made from the input's name. */
export function sinkPath(dir: string, file: string): string {
  return join(dir, `${createHash('sha256').update(file).digest('hex').slice(0, 24)}.jsonl`);
}

export class PersonSink {
  private fd: number | undefined;
  private buffer = '';

  constructor(private readonly path: string) {}

  static for(dir: string | undefined, file: string): PersonSink | undefined {
    return dir === undefined ? undefined : new PersonSink(sinkPath(dir, file));
  }

  person(p: Person, place: Place): void {
    const line: PersonLine = {
      file: place.file,
      sheet: place.sheet,
      row: p.row,
      id: p.id,
      name: p.name,
      unit: p.unit,
      title: p.title,
      ...(p.agency !== undefined ? { agency: p.agency } : {}),
      ...(p.age !== undefined ? { age: p.age } : {}),
      ...(p.ageGroup !== undefined ? { ageGroup: p.ageGroup } : {}),
      ...(p.ethnicGroup !== undefined ? { ethnicGroup: p.ethnicGroup } : {}),
      levels: p.levels as unknown as Record<string, string>,
    };
    this.buffer += `${JSON.stringify(line)}\n`;
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.buffer === '') return;
    this.fd ??= openSync(this.path, 'w');
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  /** Writes what is left and closes the file (an input with no one leaves no file). */
  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** The input failed: nothing of it is counted, so nothing of it is exported. */
  discard(): void {
    this.buffer = '';
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.path, { force: true });
  }
}
