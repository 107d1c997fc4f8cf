/**
 * exceljs's Workbook, loaded when first needed (it is heavy: a CSV report never loads it). Only the
 * Workbook module is loaded, not the package's index, which also loads the streaming reader and
 * writer (unzipper, bluebird, archiver…) that nothing here uses (issue 17: start-up). The build
 * bundles that module and its packages into dist/bundle/exceljs.cjs (scripts/bundle.mjs), compiled
 * with its code cache: one file instead of some 280 modules to resolve, read and compile. Without the
 * bundle (the tests, on the sources), the module is taken from node_modules.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { runCachedScript } from './cached-script.js';
import { keyStylesByContent, type StylesXform } from './exceljs-styles.js';

type ExcelJs = typeof import('exceljs');

let workbook: ExcelJs['Workbook'] | undefined;

export async function loadExcelJs(): Promise<Pick<ExcelJs, 'Workbook'>> {
  workbook ??= load();
  return Promise.resolve({ Workbook: workbook });
}

/** What the bundle's entry (scripts/exceljs-entry.cjs) gives. */
interface Parts {
  Workbook: ExcelJs['Workbook'];
  StylesXform: StylesXform;
}

function load(): ExcelJs['Workbook'] {
  const { Workbook, StylesXform } = loadParts();
  keyStylesByContent(StylesXform);
  return Workbook;
}

function loadParts(): Parts {
  // From dist/util/, or from a bundle in dist/bundle/: the same file.
  const bundle = fileURLToPath(new URL('../bundle/exceljs.cjs', import.meta.url));
  if (!existsSync(bundle)) {
    const require = createRequire(import.meta.url);
    return {
      Workbook: require('exceljs/lib/doc/workbook.js') as ExcelJs['Workbook'],
      StylesXform: require('exceljs/lib/xlsx/xform/style/styles-xform.js') as StylesXform,
    };
  }
  const write = process.env.CBCC_WRITE_EXCELJS_CACHE === '1';
  const { exports, state } = runCachedScript(bundle, bundle.replace(/\.cjs$/, '.cache'), write);
  // For the tests (src/util/exceljs.test.ts): whether this run used the cache.
  if (process.env.CBCC_CODE_CACHE_STATE === '1') process.stderr.write(`exceljs code cache: ${state}\n`);
  return exports as Parts;
}
