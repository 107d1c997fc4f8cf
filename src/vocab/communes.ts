/**
 * The commune-level units from 1 July 2025 and the old units that formed each (data/communes-2025.csv,
 * with its source and licence in data/README.md). Read once, when first asked for.
 */
import { readFileSync } from 'node:fs';
import { CsvParser } from '../read/csv-parser.js';

export interface OldUnit {
  /** As published: "Phường Gia Sàng", "Xã Thái Hưng". */
  name: string;
  /** The district in parentheses that tells apart a repeated name ("huyện Thái Thụy"), if any. */
  district?: string;
  /** "(phần còn lại sau khi sáp nhập vào …)": what was left of a unit split between new ones. */
  remainder: boolean;
}

export interface NewUnit {
  province: string;
  unit: string;
  formedFrom: OldUnit[];
}

// From dist/vocab or src/vocab, the data folder is two levels up.
const PATH = new URL('../../data/communes-2025.csv', import.meta.url);

/** Splits "A, B (huyện X), C (phần còn lại sau khi …)" at the commas outside parentheses. */
export function oldUnits(list: string): OldUnit[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => {
      const m = /^(.*?)\s*\(([^)]*)\)\s*$/u.exec(p);
      if (!m) return { name: p, remainder: false };
      const note = m[2]!.trim();
      if (/^phần còn lại/iu.test(note)) return { name: m[1]!, remainder: true };
      return { name: m[1]!, district: note, remainder: false };
    });
}

let units: NewUnit[] | undefined;

export function newUnits(): readonly NewUnit[] {
  units ??= unitsFromCsv(readFileSync(PATH, 'utf8'));
  return units;
}

/** The units of a list in the shape of data/communes-2025.csv: a header row, then province, unit, formed from. */
export function unitsFromCsv(csv: string): NewUnit[] {
  const parser = new CsvParser(',');
  const rows = [...parser.push(csv.replace(/^\uFEFF/, '')), ...parser.end()];
  return rows
    .slice(1)
    .filter((r) => r.length >= 3 && r[1])
    .map(([province, unit, formed]) => ({ province: province!, unit: unit!, formedFrom: oldUnits(formed ?? '') }));
}
