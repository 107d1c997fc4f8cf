// The entry of dist/bundle/exceljs.cjs (scripts/bundle.mjs): exceljs's Workbook module, and the writer of
// its styles, which src/util/exceljs-styles.ts makes find a style's number by its content.
import Workbook from 'exceljs/lib/doc/workbook.js';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';

export { StylesXform, Workbook };
