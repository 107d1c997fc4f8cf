/**
 * exceljs gives each cell its own style object and, writing a workbook, finds a cell's style number by
 * rendering that object to XML and looking the XML up; only the same object met again is answered
 * without it. A report's sheets hold thousands of cells in a few dozen styles: the rendering was a tenth
 * of the default report's time (issue 17: the Excel file of a small report). Here a style whose content
 * (its JSON, with the cell's type) was met before is given the number it got then. The same content
 * renders the same XML, so every number and every part of the file is as before.
 */

/** exceljs's writer of styles.xml (lib/xlsx/xform/style/styles-xform.js), as far as it is used here. */
export interface StylesXform {
  prototype: {
    addStyleModel(this: object, model: unknown, cellType?: number): number;
  };
}

const PATCHED = Symbol.for('cbcc-stats.styles-by-content');

/** Makes StylesXform's addStyleModel answer a style whose content it has met from what it answered then. Once. */
export function keyStylesByContent(xform: StylesXform): void {
  const proto = xform.prototype as StylesXform['prototype'] & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const add = proto.addStyleModel;
  // One table per writer (a workbook written), by the writer.
  const numbers = new WeakMap<object, Map<string, number>>();
  proto.addStyleModel = function (this: object, model: unknown, cellType?: number): number {
    if (!model) return add.call(this, model, cellType);
    let known = numbers.get(this);
    if (!known) numbers.set(this, (known = new Map()));
    const key = `${cellType ?? ''}\u0000${JSON.stringify(model)}`;
    let id = known.get(key);
    if (id === undefined) {
      id = add.call(this, model, cellType);
      known.set(key, id);
    }
    return id;
  };
  proto[PATCHED] = true;
}
