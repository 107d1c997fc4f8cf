/**
 * The ANSI code page of a CSV that is not UTF-8, one rule a test, on roster lines encoded here: which
 * fields count for each reading (plain ASCII fields count for neither), how a tie is settled, and the
 * bytes 0x80–0x9F put back. Read in the wrong code page, a TCVN3 roster's "Nữ" is no level a report knows.
 */
import { describe, expect, it } from 'vitest';
import { ansiBytes, toCp1258, toTcvn3, toVni } from '../../../fixtures/lib/encode.js';
import { ansiCodePage, windows1252Extras } from './ansi.js';

/** A roster whose fields are mostly numbers and codes: 3 of its 14 fields hold Vietnamese letters. */
const mostlyAscii = [
  'STT,Mã số,Năm sinh,Họ và tên,Ghi chú',
  '1,CB001,1980,Lê Thị Thủy,',
  '2,CB002,1975,Trần Văn Bình,',
].join('\r\n');

describe('ansiCodePage: the fields that count', () => {
  it('reads TCVN3 bytes as Windows-1252 though most fields are plain ASCII (ASCII counts for neither reading)', () => {
    expect(ansiCodePage(ansiBytes(toTcvn3(mostlyAscii), 'windows-1252'))).toBe('windows-1252');
  });

  it('reads VNI bytes as Windows-1252 though most fields are plain ASCII', () => {
    expect(ansiCodePage(ansiBytes(toVni(mostlyAscii), 'windows-1252'))).toBe('windows-1252');
  });

  it('reads Unicode Vietnamese in Windows-1258 as Windows-1258 though most fields are plain ASCII', () => {
    expect(ansiCodePage(toCp1258(mostlyAscii))).toBe('windows-1258');
  });

  it('reads one TCVN3 name among ASCII fields as Windows-1252 (one field outweighs none)', () => {
    expect(ansiCodePage(ansiBytes(toTcvn3('1;CB001;Nguyễn Thị Hương;1980'), 'windows-1252'))).toBe('windows-1252');
  });

  it('counts a field as Unicode only when it reads as Vietnamese: VNI names give marks but no syllables in 1258', () => {
    expect(ansiCodePage(ansiBytes(toVni('Lê Thị Thủy,Trần Văn Bình,Phạm Thị Bích'), 'windows-1252'))).toBe(
      'windows-1252',
    );
  });

  it('keeps Windows-1258 when one field reads as TCVN3 and one as Unicode (a tie: the Vietnamese locale’s page)', () => {
    const bytes = Buffer.concat([
      ansiBytes(toTcvn3('Lê Thị Thủy'), 'windows-1252'),
      Buffer.from(','),
      toCp1258('Đại học'),
    ]);
    expect(ansiCodePage(bytes)).toBe('windows-1258');
  });
});

describe('windows1252Extras', () => {
  it('leaves text outside 0x80–0x9F as it is', () => {
    expect(windows1252Extras('Nguyễn Văn An, 1980')).toBe('Nguyễn Văn An, 1980');
  });

  it('puts back every character of 0x80–0x9F in a cell, not only the first', () => {
    expect(windows1252Extras('a\u0080b\u0099')).toBe('a€b™');
  });
});
