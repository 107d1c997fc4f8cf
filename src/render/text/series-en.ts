/** The `--series` tables and workbook in English (the `series` section of text/en.ts). */
import type { SeriesLabels } from './series-vi.js';

export const seriesEn: SeriesLabels = {
  heading: 'CADRES AND CIVIL SERVANTS OVER TIME',
  summaryTitle: (n, s) => `Table ${n}. Cadres and civil servants, ${s}`,
  dimensionTitle: (n, d, s) => `Table ${n}. Cadres and civil servants by ${d}, ${s}`,
  unitTitle: (n, s) => `Table ${n}. Cadres and civil servants by unit, ${s}`,
  units: 'Units',
  unit: 'Unit',
  change: (to, from) => `${to} vs ${from} (people)`,
  points: (to, from) => `${to} vs ${from} (points)`,
  notInPeriod: '—',
  note: 'Shares are of each period’s total; "—": no such column in that period. Change (+/−) from the period before.',
  period: 'Period',
  and: 'and',
  people: 'people',
  labelFrom: { option: '--label', title: 'title block', name: 'file or folder name' },
  sheet: 'Over time',
  qualityHead: ['Period', 'Kind', 'Content', 'File', 'Sheet', 'Rows', 'Count'],
  unknownKind: 'Value not classified',
  skippedKind: 'Row not counted',
  failed: 'error',
  labelFromLong: { option: '--label', title: 'the roster title block', name: 'file or folder name' },
  sourcesHead: ['Period', 'Label from', 'Input', 'File', 'Sheet', 'Status', 'Rows', 'SHA-256'],
  read: (r, c, s, u) =>
    `${r} rows read, ${c} people counted, ${s} rows not counted, ${u} values not classified (details: --json, or the Excel "Chất lượng dữ liệu" sheet).`,
};
