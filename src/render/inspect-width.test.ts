/** The inspection in the terminal fits the screen's width, as the report does (render/fit.ts). */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { writeRosterCsv } from '../../fixtures/lib/write.js';
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

  it('keeps the columns table at its full widths on a wide terminal', () => {
    expect(columnWidths(200)).toEqual([6, 30, 28, 9, 44]);
  });

  it('narrows only the header, reading and samples columns, in proportion', () => {
    expect(columnWidths(80)).toEqual([6, 17, 16, 9, 25]);
  });
});
