/**
 * Cells that a spreadsheet would run as a formula (= + - @, tab, carriage return at the start) get a
 * leading apostrophe in CSV and Markdown outputs.
 */
export function guardCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
