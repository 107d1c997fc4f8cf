/** The inspection in the terminal fits the screen's width, as the report does (render/fit.ts). */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { writeRosterCsv } from '../../fixtures/lib/write.js';
import { writeFileSync } from 'node:fs';
import { inspect, type Inspection } from '../pipeline/inspect.js';
import { tempDir } from '../test-support/tmp.js';
import { displayWidth } from './fit.js';
import { columnWidths, renderInspection } from './inspect.js';

const dir = tempDir('cbcc-inspect-width-');
let result: Inspection;

beforeAll(async () => {
  await writeRosterCsv(thaiNguyen2022().slice(0, 30), join(dir, 'ds.csv'));
  result = await inspect(join(dir, 'ds.csv'));
});

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('inspect within the terminal width', () => {
  it('every line of the inspection fits 80 columns', () => {
    expect(widest(renderInspection(result, false, 80))).toBeLessThanOrEqual(80);
  });

  it('every line fits a narrow terminal of 60 columns', () => {
    expect(widest(renderInspection(result, false, 60))).toBeLessThanOrEqual(60);
  });

  it('a value not classified longer than the screen is wrapped within 80 columns, not cut', async () => {
    const value = 'Tiến sĩ (NCS) đang học tại Học viện Chính trị quốc gia Hồ Chí Minh khu vực I';
    const file = join(dir, 'long-value.csv');
    writeFileSync(
      file,
      `STT,Họ và tên,Giới tính,Trình độ chuyên môn\n1,Lê Văn Tám,Nam,${value}\n2,Lê Thị Hoa,Nữ,Đại học\n`,
    );
    const text = renderInspection(await inspect(file), false, 80);
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text.replace(/[│\s]+/g, ' ')).toContain(value);
  });

  it('keeps the columns table at its full widths on a wide terminal', () => {
    expect(columnWidths(200)).toEqual([6, 30, 28, 9, 44]);
  });

  it('narrows only the header, reading and samples columns, in proportion', () => {
    expect(columnWidths(80)).toEqual([6, 17, 16, 9, 25]);
  });
});
