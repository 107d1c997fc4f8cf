/**
 * In-sheet layouts offices send (issue 10): each generated with its people, saved in the formats it
 * comes in, read back with every figure equal to the truth, and nothing in doubt.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeGridHtml, writeGridSheetJs, writeGridXlsx } from '../../fixtures/lib/formats.js';
import { writeGridCsv } from '../../fixtures/lib/grid.js';
import { inSheetLayouts, type LayoutFixture, type LayoutFormat } from '../../fixtures/lib/layouts.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();
const layouts = inSheetLayouts();

export async function writeLayout(layout: LayoutFixture, format: LayoutFormat, base = layout.id): Promise<string> {
  const file = join(dir, `${base}.${format === 'html' ? 'html.xls' : format}`);
  if (format === 'xlsx') await writeGridXlsx(layout.grid, file, 'Danh sách');
  else if (format === 'xls') await writeGridSheetJs(layout.grid, file, 'biff8', 'Danh sach');
  else if (format === 'ods') await writeGridSheetJs(layout.grid, file, 'ods', 'Danh sach');
  else if (format === 'html') await writeGridHtml(layout.grid, file);
  else await writeGridCsv(layout.grid, file);
  return file;
}

const cases = layouts.flatMap((l) => l.formats.map((f) => [l.id, f, l] as const));
const files = new Map<string, string>();

beforeAll(async () => {
  for (const [id, format, layout] of cases) files.set(`${id}.${format}`, await writeLayout(layout, format));
});

describe.each(cases)('the %s layout as %s', (id, format, layout) => {
  it('gives every figure of its people', async () => {
    const { report, failures } = await analyze([files.get(`${id}.${format}`)!], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectFiguresMatchTruth(report, layout.people);
  });
});
