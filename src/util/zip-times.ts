/**
 * Sets every entry's modification time in a zip we wrote to one date, so that the same report
 * written twice is the same bytes. Only the DOS time and date fields of each local and central
 * header change.
 */
import { listEntries } from '../read/zip.js';

const CENTRAL = 0x02014b50;

function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export function fixZipTimes(zip: Buffer, date: Date): Buffer {
  const { time, day } = dosDateTime(date);
  const out = Buffer.from(zip);
  for (const entry of listEntries(out)) {
    out.writeUInt16LE(time, entry.localOffset + 10);
    out.writeUInt16LE(day, entry.localOffset + 12);
  }
  // Central headers: walk them again to patch their own copies.
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = out.readUInt32LE(eocd + 16);
  const count = out.readUInt16LE(eocd + 10);
  for (let i = 0; i < count && out.readUInt32LE(at) === CENTRAL; i++) {
    out.writeUInt16LE(time, at + 12);
    out.writeUInt16LE(day, at + 14);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
