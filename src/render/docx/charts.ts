/**
 * Where the charts go. The chart writer (`addDocxCharts` in src/render/charts/docx-charts.ts) replaces
 * each paragraph whose whole text is `{{chart:<id>}}` with its native chart, and removes a marker naming
 * no chart; a renderer that does not run it leaves the markers off, so no marker reaches a reader.
 */
import type { Paragraph } from 'docx';
import type { Report } from '../../aggregate/contract.js';
import type { TableModel } from '../tables.js';
import { CHART_IDS } from '../charts/spec.js';
import { para } from './paragraphs.js';

/** The per-unit charts under the per-unit table: the staff types, then the headline shares. */
const UNIT_CHARTS = CHART_IDS.filter((id) => id.startsWith('unit'));

/** The charts that belong under a table: a dimension's structure, or the per-unit charts. */
export function chartsAfter(t: TableModel, report: Pick<Report, 'groupBy'>): string[] {
  if (t.id === 'groups') return report.groupBy === 'unit' ? UNIT_CHARTS : [];
  return CHART_IDS.includes(t.id) ? [t.id] : [];
}

/** The marker paragraph the chart writer looks for. */
export function chartMarker(id: string): Paragraph {
  return para(`{{chart:${id}}}`, { align: 'center', before: 120, after: 120 });
}
