/**
 * The xlsx reader thread (issue 17): streams one sheet's compressed bytes from disk, inflates them,
 * hashes the file in the same pass and scans the bytes, posting what it finds in batches of numbers
 * (xlsx-batch.ts) while the main thread classifies the rows before. At most a few batches are in flight:
 * the main thread sends each buffer back once it has built its rows, and the thread waits for one when
 * it is ahead. A sheet whose elements carry a namespace prefix is handed back (`prefixed`) untouched.
 */
import { parentPort } from 'node:worker_threads';
import { plainError } from '../errors.js';
import { BatchSink } from './xlsx-batch.js';
import type { FromReader, ReaderJob, ToReader } from './xlsx-thread.js';
import { ByteCellScanner, unprefixedSheet } from './xlsx-bytes.js';
import { HEAD, inflateStream, refuseDtd } from './xlsx-inflate.js';

/** Batches posted and not yet sent back. */
const IN_FLIGHT = 3;

const port = parentPort!;
const spare: Float64Array[] = [];
let inFlight = 0;
let wake: (() => void) | undefined;

port.on('message', (m: ToReader) => {
  if (m.kind === 'ack') {
    inFlight--;
    spare.push(m.values);
    wake?.();
    return;
  }
  read(m).catch((err: unknown) => post({ kind: 'error', error: plainError(err) }));
});

function post(m: FromReader, transfer: ArrayBuffer[] = []): void {
  port.postMessage(m, transfer);
}

async function read(job: ReaderJob): Promise<void> {
  const sink = new BatchSink(job.rowsPerBatch);
  let scanner: ByteCellScanner | undefined;
  let sha256: string | undefined;
  const send = () => {
    const batch = sink.take(spare.pop());
    inFlight++;
    post({ kind: 'rows', batch }, [batch.values.buffer as ArrayBuffer]);
  };
  const hashed = job.hash ? (hex: string) => (sha256 = hex) : undefined;
  for await (const chunk of inflateStream(job.file, job.range, job.entry, hashed)) {
    if (!scanner) {
      refuseDtd(job.file, job.entry, chunk);
      if (!unprefixedSheet(chunk.subarray(0, HEAD))) {
        post({ kind: 'prefixed' });
        return;
      }
      scanner = new ByteCellScanner(job.dateStyles, sink);
    }
    scanner.push(chunk);
    if (sink.full) send();
    while (inFlight >= IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
  }
  if (!sink.isEmpty) send();
  post({ kind: 'done', ...(sha256 !== undefined ? { sha256 } : {}) });
}
