/** The ANSI code page of a CSV that is not UTF-8: Windows-1258, or Windows-1252 holding TCVN3 or VNI font bytes. */
import { describe, expect, it } from 'vitest';
import { ansiBytes, toCp1258, toTcvn3, toVni } from '../../../fixtures/lib/encode.js';
import { ansiCodePage, windows1252Extras } from './ansi.js';

const lines = ['Họ và tên,Giới tính,Trình độ chuyên môn', 'Lê Thị Thủy,Nữ,Đại học', 'Nguyễn Văn Hùng,Nam,Thạc sĩ'].join(
  '\r\n',
);

describe('ansiCodePage', () => {
  it('reads Unicode Vietnamese saved by a Vietnamese Windows as Windows-1258', () => {
    expect(ansiCodePage(toCp1258(lines))).toBe('windows-1258');
  });

  it('reads TCVN3 font bytes saved by an English Windows as Windows-1252', () => {
    expect(ansiCodePage(ansiBytes(toTcvn3(lines), 'windows-1252'))).toBe('windows-1252');
  });

  it('reads VNI font bytes saved by an English Windows as Windows-1252', () => {
    expect(ansiCodePage(ansiBytes(toVni(lines), 'windows-1252'))).toBe('windows-1252');
  });

  it('keeps Windows-1258 for plain ASCII, where nothing tells them apart', () => {
    expect(ansiCodePage(Buffer.from('Ho ten,Gioi tinh\r\nAn,Nam\r\n'))).toBe('windows-1258');
  });
});

describe('windows1252Extras', () => {
  it('puts back the characters Windows-1252 has at 0x80–0x9F ("€" for U+0080), not an undefined byte\'s control', () => {
    expect(windows1252Extras('\u0080\u0081\u0092')).toBe('€\u0081’');
  });
});
