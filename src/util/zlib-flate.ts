/**
 * pako's Deflate as JSZip uses it (push(data, last), onData), done by Node's zlib: put in place of pako
 * inside exceljs's bundle by scripts/bundle.mjs (issue 17). pako deflates in JavaScript, a tenth of the
 * default report's time; zlib does it in C. An entry's bytes are collected and deflated at its last
 * push; past `limit` bytes (a very large export) the rest streams through pako, so memory stays as
 * pako's would be. The output is a valid raw deflate stream either way, not byte for byte pako's.
 * Inflate (reading a workbook) stays pako's, loaded when first used: its errors are what the readers expect.
 */
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';

export interface PakoStream {
  push(data: Uint8Array | number[], last: boolean): boolean;
  onData: (chunk: Uint8Array) => void;
}
export type PakoClass = new (options: { raw?: boolean; level?: number }) => PakoStream;

const pako = (): { Deflate: PakoClass; Inflate: PakoClass } =>
  createRequire(import.meta.url)('pako') as { Deflate: PakoClass; Inflate: PakoClass };

/** Above this many bytes in one entry, pako's streaming deflate. */
export const LIMIT = 32 * 1024 * 1024;

export function zlibDeflate(limit: number): PakoClass {
  return class implements PakoStream {
    private chunks: Buffer[] = [];
    private size = 0;
    private pako: PakoStream | undefined;
    onData: (chunk: Uint8Array) => void = () => undefined;

    constructor(private readonly options: { raw?: boolean; level?: number }) {}

    push(data: Uint8Array | number[], last: boolean): boolean {
      if (this.pako) return this.pako.push(data, last);
      if (data.length > 0) {
        this.chunks.push(Buffer.from(data));
        this.size += data.length;
      }
      if (this.size > limit) {
        const stream = new (pako().Deflate)(this.options);
        stream.onData = (chunk) => this.onData(chunk);
        this.pako = stream;
        const chunks = this.chunks;
        this.chunks = [];
        chunks.forEach((chunk, i) => stream.push(chunk, last && i === chunks.length - 1));
        return true;
      }
      if (last) {
        const level = this.options.level;
        const out = deflateRawSync(
          Buffer.concat(this.chunks, this.size),
          level === undefined || level < 0 ? {} : { level },
        );
        this.chunks = [];
        this.onData(new Uint8Array(out.buffer, out.byteOffset, out.length));
      }
      return true;
    }
  };
}

export const Deflate = zlibDeflate(LIMIT);

export const Inflate = function (options: { raw?: boolean; level?: number }) {
  return new (pako().Inflate)(options);
} as unknown as PakoClass;
