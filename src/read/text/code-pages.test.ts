import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CP437, CP850, MAC_ROMAN, WINDOWS_1252, WINDOWS_1258 } from './code-pages.js';

const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');

/** What iconv-lite decodes each byte 0x80–0xFF of a code page to, one after another. */
function decoded(label: string): string {
  let text = '';
  for (let b = 0x80; b < 0x100; b++) text += iconv.decode(Buffer.of(b), label);
  return text;
}

describe('code pages written out as data', () => {
  it('Windows-1258 is the text iconv-lite decodes bytes 0x80–0xFF to', () => {
    expect(WINDOWS_1258).toBe(decoded('windows-1258'));
  });

  it('Windows-1252 is the text iconv-lite decodes bytes 0x80–0xFF to', () => {
    expect(WINDOWS_1252).toBe(decoded('windows-1252'));
  });

  it('Mac Roman is the text iconv-lite decodes bytes 0x80–0xFF to', () => {
    expect(MAC_ROMAN).toBe(decoded('macintosh'));
  });

  it('DOS 437 is the text iconv-lite decodes bytes 0x80–0xFF to', () => {
    expect(CP437).toBe(decoded('cp437'));
  });

  it('DOS 850 is the text iconv-lite decodes bytes 0x80–0xFF to', () => {
    expect(CP850).toBe(decoded('cp850'));
  });

  it('each holds one UTF-16 unit per byte, so byte b is the character at b − 0x80', () => {
    expect([WINDOWS_1258, WINDOWS_1252, MAC_ROMAN, CP437, CP850].map((t) => t.length)).toEqual([
      128, 128, 128, 128, 128,
    ]);
  });
});
