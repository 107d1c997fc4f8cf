import { describe, expect, it } from 'vitest';
import { sniffDelimiter, sniffEncoding } from './sniff.js';

const bytes = (s: string, enc: 'utf8' | 'utf16le' | 'latin1' = 'utf8') => new Uint8Array(Buffer.from(s, enc));

describe('sniffEncoding', () => {
  it('knows byte-order marks', () => {
    expect(sniffEncoding(bytes('\uFEFFHọ tên'))).toEqual({ encoding: 'utf-8', bom: 3 });
    expect(sniffEncoding(bytes('\uFEFFHọ tên', 'utf16le'))).toEqual({ encoding: 'utf-16le', bom: 2 });
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0, 0x48]))).toEqual({ encoding: 'utf-16be', bom: 2 });
  });

  it('tells UTF-8 from a legacy code page and UTF-16 without a mark', () => {
    expect(sniffEncoding(bytes('Họ và tên,Giới tính'))).toEqual({ encoding: 'utf-8', bom: 0 });
    expect(sniffEncoding(new Uint8Array([0x48, 0xd2, 0x6f, 0x20, 0x74, 0xea, 0x6e]))).toEqual({
      encoding: 'windows-1258',
      bom: 0,
    });
    expect(sniffEncoding(bytes('Họ và tên\tGiới tính\r\n', 'utf16le'))).toEqual({ encoding: 'utf-16le', bom: 0 });
  });

  it('calls binary data binary', () => {
    expect(sniffEncoding(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x13, 0x00, 0x07]))).toEqual({
      binary: true,
    });
  });

  it('tolerates a character cut at the end of the sample', () => {
    const cut = bytes('Thủy').subarray(0, 4);
    expect(sniffEncoding(cut)).toEqual({ encoding: 'utf-8', bom: 0 });
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['Họ tên,Giới tính,Đơn vị\nAn,Nam,"Xã, phường"\n', ','],
    ['Họ tên;Giới tính;Đơn vị\nAn;Nam;"Xã; phường"\nBình;Nữ;X\n', ';'],
    ['Họ tên\tGiới tính\tĐơn vị\nAn\tNam\tX, Y\n', '\t'],
  ])('%j → %j', (text, d) => {
    expect(sniffDelimiter(text)).toBe(d);
  });

  it('prefers the delimiter that splits every line alike over stray commas', () => {
    const text = 'STT;Họ tên;Trình độ\n1;An;Đại học Luật, Thạc sĩ\n2;Bình;ĐH\n3;Chi;TC, CĐ\n';
    expect(sniffDelimiter(text)).toBe(';');
  });
});

describe('sniffDelimiter and quotes', () => {
  it('does not count commas inside quoted fields', () => {
    // Counted blindly, three commas on each of three lines would outweigh one semicolon on four.
    const text =
      'Họ và tên;Địa chỉ\nAn;"Thôn 1, xã A, huyện B, tỉnh C"\nBình;"Thôn 2, xã A, huyện B, tỉnh C"\nChi;"Thôn 3, xã A, huyện B, tỉnh C"\n';
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('takes a comma when nothing else splits the lines', () => {
    expect(sniffDelimiter('Họ tên\nAn\n')).toBe(',');
  });

  it('reads a one-line sample cut before its end', () => {
    expect(sniffDelimiter('Họ tên;Giới tính;Đơn')).toBe(';');
  });

  it('takes the pipe of a fixed-width export', () => {
    expect(sniffDelimiter('Họ tên|Giới tính\nAn|Nam\nBình|Nữ\n')).toBe('|');
  });
});

describe('sniffEncoding at its thresholds', () => {
  it('reads UTF-16 big-endian without a mark', () => {
    const be = Buffer.from('Họ và tên\tGiới tính\r\n', 'utf16le').swap16();
    expect(sniffEncoding(new Uint8Array(be))).toEqual({ encoding: 'utf-16be', bom: 0 });
  });

  it('keeps tabs, line ends and form feeds as text, not as control bytes', () => {
    expect(sniffEncoding(bytes('a\tb\r\nc\fd\n'))).toEqual({ encoding: 'utf-8', bom: 0 });
  });

  it('calls text binary when more than 1% of it is control bytes', () => {
    // 2 control bytes in 100 is binary; 1 in 100 is a stray character in text.
    const text = (n: number) => new Uint8Array([...Buffer.from('x'.repeat(100 - n)), ...Array(n).fill(0x07)]);
    expect(sniffEncoding(text(2))).toEqual({ binary: true });
    expect(sniffEncoding(text(1))).toEqual({ encoding: 'utf-8', bom: 0 });
  });

  it('calls a single zero byte in text binary', () => {
    const text = new Uint8Array([...Buffer.from('x'.repeat(50)), 0x00, ...Buffer.from('y'.repeat(49))]);
    expect(sniffEncoding(text)).toEqual({ binary: true });
  });

  it('takes an empty sample for UTF-8', () => {
    expect(sniffEncoding(new Uint8Array(0))).toEqual({ encoding: 'utf-8', bom: 0 });
  });
});
