/**
 * Writing a zip: the local headers, the central directory and its end record around entries whose
 * bodies are already made (deflated or stored), dated 1 January 1980 so that the same parts give the
 * same bytes. Used by the chart writer (src/render/charts/package.ts) and by tests' hand-made archives.
 */

export interface WrittenEntry {
  name: string;
  /** The bytes as stored in the archive: deflated (method 8) or as they are (method 0). */
  body: Buffer;
  method: 0 | 8;
  /** CRC-32 and size of the uncompressed bytes (a test may declare another size). */
  crc: number;
  size: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** 1 January 1980, 00:00: the earliest DOS date. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** The archive of `entries`, in their order (a name that is not ASCII is flagged as UTF-8). */
export function writeZip(entries: readonly WrittenEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const fileName = Buffer.from(e.name, 'utf8');
    const flags = /[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.body.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.body.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, e.body);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + e.body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
