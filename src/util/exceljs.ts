/**
 * exceljs's Workbook, loaded when first needed (it is heavy: a CSV report never loads it). Only the
 * Workbook module is loaded, not the package's index, which also loads the streaming reader and
 * writer (unzipper, bluebird, archiver…) that nothing here uses: about half of `require('exceljs')`'s
 * time, spared by every report that writes its Excel file (issue 17: start-up).
 */
import { createRequire } from 'node:module';

type ExcelJs = typeof import('exceljs');

export async function loadExcelJs(): Promise<Pick<ExcelJs, 'Workbook'>> {
  const require = createRequire(import.meta.url);
  return Promise.resolve({ Workbook: require('exceljs/lib/doc/workbook.js') as ExcelJs['Workbook'] });
}
