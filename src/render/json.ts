/** The JSON document `--json` prints: the report as it is, two-space indented, one trailing newline. */
import type { Report } from '../aggregate/report.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
