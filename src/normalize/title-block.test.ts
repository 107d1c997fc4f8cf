/** The frame a roster's own title and signature blocks name, read from the shapes offices write. */
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeGridXlsx } from '../../fixtures/lib/formats.js';
import { GridBuilder } from '../../fixtures/lib/grid.js';
import { signature, titleBlock } from '../../fixtures/lib/layout-kit.js';
import { officialGrid, type GridCell } from '../../fixtures/lib/official.js';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { analyze } from '../pipeline/analyze.js';
import type { RawRow } from '../read/types.js';
import { tempDir } from '../test-support/tmp.js';
import { readTitleBlock, type TitleBlock } from './title-block.js';

/** The builder's rows as a reader gives them: 1-based row numbers. */
function rawRows(rows: GridCell[][], from = 0): RawRow[] {
  return rows.map((cells, i) => ({ n: from + i + 1, cells }));
}

describe('a Phòng Nội vụ list (agency pair, national heading, signature of the head of office)', () => {
  const b = new GridBuilder(8);
  titleBlock(b);
  const header = b.push({ 0: 'STT', 1: 'Họ và tên' }) + 1;
  const sig = new GridBuilder(8);
  signature(sig);
  // Read before each test, not when the file loads: a mutant in reading must meet a fresh reading.
  let block: TitleBlock;
  beforeEach(() => {
    block = readTitleBlock(rawRows(b.rows), header, rawRows(sig.rows, 100))!;
  });

  it('reads the first agency line as the superior agency', () =>
    expect(block.superiorAgency).toBe('UBND HUYỆN ĐỒNG HỶ'));
  it('reads the second agency line as the agency', () => expect(block.agency).toBe('PHÒNG NỘI VỤ'));
  it('notes the national heading', () => expect(block.nationalHeading).toBe(true));
  it('reads the title as written', () => expect(block.title).toBe('DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2025'));
  it('reads the place and the signing date', () => {
    expect(block.place).toBe('Đồng Hỷ');
    expect(block.signedOn).toEqual({ year: 2025, month: 3, day: 5 });
  });
  it('reads the name under NGƯỜI LẬP BIỂU as the preparer', () => expect(block.preparer).toBe('Lê Thị Lập'));
  it('reads the other role as the signer title, and the name under it', () => {
    expect(block.signerTitle).toBe('TRƯỞNG PHÒNG');
    expect(block.signer).toBe('Phạm Văn Trưởng');
  });
  it('takes no as-of date from a title that names only a year', () => expect(block.asOf).toBeUndefined());
});

describe('a commune list (one agency, a number, "tính đến ngày", a KT. signer without a name)', () => {
  const rows = rawRows([
    ['UBND XÃ HÓA THƯỢNG', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Số: 15/BC-UBND', null, null, 'Độc lập - Tự do - Hạnh phúc'],
    ['BÁO CÁO CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC tính đến ngày 31/12/2023'],
    ['STT', 'Họ và tên', 'Chức vụ'],
  ]);
  let block: TitleBlock;
  beforeEach(() => {
    block = readTitleBlock(
      rows,
      4,
      rawRows(
        [
          [null, 'KT. CHỦ TỊCH'],
          [null, '(Ký tên, đóng dấu)'],
        ],
        50,
      ),
    )!;
  });

  it('reads a single agency line as the agency, with no superior', () => {
    expect(block.agency).toBe('UBND XÃ HÓA THƯỢNG');
    expect(block.superiorAgency).toBeUndefined();
  });
  it('reads the document number after "Số:"', () => expect(block.number).toBe('15/BC-UBND'));
  it('reads the as-of date the title names', () => expect(block.asOf).toEqual({ year: 2023, month: 12, day: 31 }));
  it('reads the signer title with no name when none is written', () => {
    expect(block.signerTitle).toBe('KT. CHỦ TỊCH');
    expect(block.signer).toBeUndefined();
  });
  it('names no preparer when the block has none', () => expect(block.preparer).toBeUndefined());
});

describe('blocks that say little', () => {
  it('a title alone gives the title and nothing else', () =>
    expect(readTitleBlock(rawRows([['DANH SÁCH CÁN BỘ XÃ'], ['STT', 'Họ và tên']]), 2, [])).toEqual({
      title: 'DANH SÁCH CÁN BỘ XÃ',
    }));
  it('a sheet that starts with its header names nothing', () =>
    expect(readTitleBlock(rawRows([['STT', 'Họ và tên']]), 1, [])).toBeUndefined());
  it('a row at or below the header is never read as the title block', () =>
    expect(readTitleBlock(rawRows([['STT', 'Họ và tên'], ['UBND XÃ A']]), 1, [])).toBeUndefined());
});

describe('the official form read through the pipeline', () => {
  const dir = tempDir();
  const file = join(dir, 'bieu-02.xlsx');
  beforeAll(async () => writeGridXlsx(officialGrid(thaiNguyen2022()), file));

  it('carries its blocks on the source, for the frame', async () => {
    const { report } = await analyze([file]);
    expect(report.sources[0]!.titleBlock).toEqual({
      superiorAgency: 'UBND THÀNH PHỐ THÁI NGUYÊN',
      agency: 'PHÒNG NỘI VỤ',
      nationalHeading: true,
      title: 'DANH SÁCH, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2022',
      place: 'Thái Nguyên',
      signedOn: { year: 2022, month: 8, day: 12 },
      preparer: 'Nguyễn Thị Lập',
      signerTitle: 'TRƯỞNG PHÒNG',
      signer: 'Trần Văn Trưởng',
    });
  });
});
