/**
 * The record layer of a BIFF8 stream (biff.ts reads the workbook from it): record boundaries, the
 * string forms (a shared string continued across CONTINUE records, a LABEL's string) and RK numbers.
 * Anything it cannot read exactly is `NotPlainBiff8`, which sends the file to SheetJS.
 */

/** A workbook this reader does not read exactly as SheetJS does: the caller falls back to SheetJS. */
export class NotPlainBiff8 extends Error {}

/** Record boundaries, walked without copying. */
export function* records(buf: Buffer, from: number): Generator<{ type: number; start: number; end: number }> {
  let at = from;
  while (at + 4 <= buf.length) {
    const type = buf.readUInt16LE(at);
    const length = buf.readUInt16LE(at + 2);
    const start = at + 4;
    const end = start + length;
    if (end > buf.length) throw new NotPlainBiff8('a record runs past the end of the stream');
    yield { type, start, end };
    at = end;
  }
}

/**
 * Characters of an XLUnicodeString body: one byte each (Latin-1, "compressed") or UTF-16LE. In the
 * shared-string table a string may continue in the next CONTINUE record, which starts with a new flags byte.
 */
export class Reader {
  private part = 0;
  at: number;
  constructor(
    private readonly buf: Buffer,
    private readonly parts: ReadonlyArray<readonly [number, number]>,
  ) {
    this.at = parts[0]![0];
  }

  private ensure(): void {
    while (this.at >= this.parts[this.part]![1] && this.part + 1 < this.parts.length)
      this.at = this.parts[++this.part]![0];
  }

  get done(): boolean {
    this.ensure();
    return this.at >= this.parts[this.part]![1];
  }

  u8(): number {
    this.ensure();
    return this.buf[this.at++]!;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() + this.u16() * 0x10000) >>> 0;
  }

  skip(n: number): void {
    for (let left = n; left > 0;) {
      this.ensure();
      const step = Math.min(left, this.parts[this.part]![1] - this.at);
      if (step <= 0) return;
      this.at += step;
      left -= step;
    }
  }

  chars(count: number, wide: boolean): string {
    let out = '';
    let left = count;
    let utf16 = wide;
    while (left > 0) {
      const end = this.parts[this.part]![1];
      if (this.at >= end) {
        if (this.part + 1 >= this.parts.length) throw new NotPlainBiff8('a string runs past its record');
        this.at = this.parts[++this.part]![0];
        utf16 = (this.buf[this.at++]! & 1) === 1;
        continue;
      }
      const n = Math.min(left, Math.floor((end - this.at) / (utf16 ? 2 : 1)));
      if (n === 0) throw new NotPlainBiff8('a character is split between records');
      out += this.buf.toString(utf16 ? 'utf16le' : 'latin1', this.at, this.at + n * (utf16 ? 2 : 1));
      this.at += n * (utf16 ? 2 : 1);
      left -= n;
    }
    return out;
  }

  /** XLUnicodeRichExtendedString: cch, flags, [runs], [ext size], characters, runs, ext. */
  richString(): string {
    const cch = this.u16();
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const text = cch === 0 ? '' : this.chars(cch, (flags & 1) === 1);
    this.skip(4 * runs + ext);
    return text;
  }
}

export function rkNumber(buf: Buffer, at: number): number {
  const raw = buf.readInt32LE(at);
  let value: number;
  if (raw & 2) value = raw >> 2;
  else {
    const bytes = Buffer.alloc(8);
    bytes.writeInt32LE(raw & ~3, 4);
    value = bytes.readDoubleLE(0);
  }
  return raw & 1 ? value / 100 : value;
}

/** A string as LABEL, STRING and FORMAT records hold it: cch (u16), flags, characters. */
export function unicodeString(buf: Buffer, at: number, end: number): string {
  const cch = buf.readUInt16LE(at);
  if (cch === 0) return '';
  const wide = (buf[at + 2]! & 1) === 1;
  const stop = at + 3 + cch * (wide ? 2 : 1);
  if (stop > end) throw new NotPlainBiff8('a string runs past its record');
  return buf.toString(wide ? 'utf16le' : 'latin1', at + 3, stop);
}
