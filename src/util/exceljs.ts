/** exceljs, loaded when first needed (it is heavy: a CSV report never loads it). */
export async function loadExcelJs(): Promise<typeof import('exceljs')> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') };
  return mod.default ?? (mod as unknown as typeof import('exceljs'));
}
