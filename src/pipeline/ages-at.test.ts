/**
 * Without --as-of, ages are counted at the roster's own date when its title block names one (review rv34):
 * a 2022 roster run today gives 2022's ages, as a thesis table of it does. Ages worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatYmd, today } from '../normalize/age.js';
import { csvReport } from '../test-support/csv-report.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const HEAD = 'STT,Họ và tên,Ngày sinh,Giới tính,Chức danh,Xã';
const roster = (title: string | undefined, births: string[]) => [
  ...(title ? [title, ''] : []),
  HEAD,
  ...births.map(
    (b, i) => `${i + 1},Người Số ${i + 1},${b},${i % 2 ? 'Nữ' : 'Nam'},Công chức Tư pháp - Hộ tịch,Xã An Bình`,
  ),
];
/** At 31/12/2022: 30 (the birthday that day), 29, 59 (a year alone: born 1 July), 60 (the birthday that day), 37. */
const BIRTHS = ['31/12/1992', '01/01/1993', '1963', '31/12/1962', '15/03/1985'];
const groups = (r: Awaited<ReturnType<typeof csvReport>>) =>
  Object.fromEntries(Object.entries(r.dimensions.ageGroup ?? {}).map(([k, v]) => [k, v.count]));

describe('the date ages are counted at', () => {
  it('is the last day of the period a 2022 roster names (was: today, every age four years on)', async () => {
    const r = await csvReport(roster('DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ AN BÌNH NĂM 2022', BIRTHS), { retiringWithin: 5 });
    expect([r.age?.asOf, r.age?.mean, r.retirement?.asOf, r.sources[0]!.agesAt]).toEqual([
      '2022-12-31',
      43,
      '2022-12-31',
      '2022-12-31',
    ]);
    expect(groups(r)).toEqual({ '<30': 1, '30-39': 2, '40-49': 0, '50-59': 1, '>=60': 1, unknown: 0 });
  });

  it('is the day the title counts at ("Tính đến ngày 30/6/2023"), and ages stated in years are said at it', async () => {
    const r = await csvReport([
      'DANH SÁCH CBCC (Tính đến ngày 30/6/2023)',
      '',
      'STT,Họ và tên,Tuổi,Giới tính,Chức danh,Xã',
      '1,Người Số 1,41,Nam,Công chức Tư pháp - Hộ tịch,Xã An Bình',
    ]);
    expect([r.age?.asOf, r.sources[0]!.agesAt]).toEqual(['2023-06-30', '2023-06-30']);
    expect(r.warnings.find((w) => w.code === 'AGE_STATED')?.message).toContain('counted as ages at 2023-06-30');
  });

  it('is --as-of when given, whatever the title says', async () => {
    const r = await csvReport(roster('DANH SÁCH NĂM 2022', BIRTHS), { asOf: { year: 2024, month: 6, day: 30 } });
    expect([r.age?.asOf, r.sources[0]!.agesAt]).toEqual(['2024-06-30', undefined]);
  });

  it('is today for a roster that names no date, or a period not over yet', async () => {
    for (const title of [undefined, 'DANH SÁCH NĂM 2099']) {
      const r = await csvReport(roster(title, BIRTHS));
      expect(r.age?.asOf).toBe(formatYmd(today()));
    }
  });

  it("is each roster's own when two name different dates: each counted at its own, the mix said (AGES_AT_SEVERAL_DATES)", async () => {
    const dir = tempDir();
    const a = join(dir, 'a-2022.csv');
    const b = join(dir, 'b-2024.csv');
    writeFileSync(a, roster('DANH SÁCH NĂM 2022', ['31/12/1992']).join('\n'));
    writeFileSync(b, roster('DANH SÁCH NĂM 2024', ['31/12/1992']).join('\n'));
    const { report } = await analyze([a, b], {}, { parallel: false });
    // 30 at 31/12/2022, 32 at 31/12/2024: both in 30–39, mean 31.
    expect([report.age?.asOf, report.age?.mean, report.sources.map((s) => s.agesAt)]).toEqual([
      '2024-12-31',
      31,
      ['2022-12-31', '2024-12-31'],
    ]);
    const said = report.warnings.find((w) => w.code === 'AGES_AT_SEVERAL_DATES');
    expect([said?.count, said?.message]).toEqual([
      2,
      `ages and retirement were counted at each roster's own date, and the rosters name 2 dates — 2022-12-31: ${a}; 2024-12-31: ${b}: the age figures mix them (the report names the latest); give --as-of for one date`,
    ]);
  });
});
