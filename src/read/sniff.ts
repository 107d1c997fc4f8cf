/** Guesses a text file's encoding and delimiter from its first bytes. */

export interface TextEncodingGuess {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';
  /** Bytes of byte-order mark to skip. */
  bom: number;
}

export function sniffEncoding(sample: Uint8Array): TextEncodingGuess | { binary: true } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  let zeroEven = 0;
  let zeroOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  const half = sample.length / 2;
  if (half > 0 && zeroOdd > half * 0.3 && zeroEven < half * 0.05) return { encoding: 'utf-16le', bom: 0 };
  if (half > 0 && zeroEven > half * 0.3 && zeroOdd < half * 0.05) return { encoding: 'utf-16be', bom: 0 };
  if (zeroEven + zeroOdd > 0 || control > sample.length * 0.01) return { binary: true };
  try {
    // `stream: true` tolerates a character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'windows-1258', bom: 0 };
  }
}

/** The UTF-16 byte order a text's first bytes show (by a BOM, or by its zero bytes), if any. */
export function utf16Of(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const guess = sniffEncoding(sample);
  return 'encoding' in guess && guess.encoding.startsWith('utf-16')
    ? (guess.encoding as 'utf-16le' | 'utf-16be')
    : undefined;
}

const CANDIDATES = [',', ';', '\t', '|'] as const;

/** Counts each candidate outside quotes on the first lines and picks the most consistent one. */
export function sniffDelimiter(text: string): string {
  const lines = splitSampleLines(text).slice(0, 50);
  let best: string = ',';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, d)).filter((c) => c > 0);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    const [mode, modeLines] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    // Lines that agree on the count, weighted by how many fields they make.
    const score = modeLines * Math.log2(mode + 1);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function splitSampleLines(text: string): string[] {
  const lines: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n' && !inQuotes) {
      lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  // The last line may be cut by the sample's end: leave it out unless it is the only one.
  if (lines.length === 0) lines.push(text);
  return lines.filter((l) => l.trim() !== '');
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let n = 0;
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) n++;
  }
  return n;
}
