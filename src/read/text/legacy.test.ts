import { describe, expect, it } from 'vitest';
import { toTcvn3, toVni } from '../../../fixtures/lib/encode.js';
import { repairText } from './legacy.js';
import { decodeVni } from './vni.js';

describe('repairText', () => {
  it.each([
    ['ViÖt', 'Việt'],
    ['NguyÔn', 'Nguyễn'],
    ['Hoµng', 'Hoàng'],
    ['TrÇn', 'Trần'],
    ['§oµn', 'Đoàn'],
    ['Ph¹m', 'Phạm'],
    ['Lª', 'Lê'],
    ['§Æng', 'Đặng'],
    ['Bïi', 'Bùi'],
    ['§ç', 'Đỗ'],
    ['Hå', 'Hồ'],
    ['Ng«', 'Ngô'],
    ['D\u00ad¬ng', 'Dương'],
  ])('TCVN3 name %s → %s on its own, not the VNI reading with a case break', (legacy, text) => {
    expect(repairText(legacy)).toEqual({ text, from: 'TCVN3' });
  });

  it.each([
    ['Nguyeãn', 'Nguyễn'],
    ['Traàn', 'Trần'],
    ['Phaïm', 'Phạm'],
    ['Ñaëng', 'Đặng'],
    ['Ngoâ', 'Ngô'],
  ])('VNI name %s → %s on its own', (legacy, text) => {
    expect(repairText(legacy)).toEqual({ text, from: 'VNI' });
  });

  it.each([
    ['Hä vµ tªn', 'Họ và tên'],
    ['§¹i häc', 'Đại học'],
    ['Th¹c sÜ', 'Thạc sĩ'],
    ['N÷', 'Nữ'],
    ['C¸n bé', 'Cán bộ'],
    ['Tr×nh ®é chuyªn m«n', 'Trình độ chuyên môn'],
    ['Ph\u00adêng', 'Phường'],
  ])('TCVN3 %s → %s', (legacy, text) => {
    expect(repairText(legacy)).toEqual({ text, from: 'TCVN3' });
  });

  it.each([
    ['Hoï vaø teân', 'Họ và tên'],
    ['Ñaïi hoïc', 'Đại học'],
    ['Thaïc só', 'Thạc sĩ'],
    ['Nöõ', 'Nữ'],
    ['Caùn boä', 'Cán bộ'],
    ['HOÏ VAØ TEÂN', 'HỌ VÀ TÊN'],
  ])('VNI %s → %s', (legacy, text) => {
    expect(repairText(legacy)).toEqual({ text, from: 'VNI' });
  });

  it('repairs UTF-8 read as Windows-1252', () => {
    const mojibake = new TextDecoder('windows-1252').decode(Buffer.from('Trình độ chuyên môn', 'utf8'));
    expect(repairText(mojibake)).toEqual({ text: 'Trình độ chuyên môn', from: 'UTF-8 read as Windows-1252' });
  });

  it('leaves real Vietnamese, plain ASCII and foreign words alone', () => {
    for (const text of ['Trình độ', 'Nam', 'Café', 'Lý luận chính trị', 'Hà', 'Zürich'])
      expect(repairText(text)).toEqual({ text });
  });

  it('round-trips every letter through the fixtures encoders', () => {
    const alphabet = 'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';
    for (const ch of alphabet) {
      const word = `t${ch}n`;
      expect(decodeVni(toVni(word)), ch).toBe(word);
      expect(decodeVni(toVni(word.toUpperCase())), ch).toBe(word.toUpperCase());
    }
    expect(repairText(toTcvn3('Phường Hoàng Văn Thụ')).text).toBe('Phường Hoàng Văn Thụ');
  });
});
