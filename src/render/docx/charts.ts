/**
 * Where the charts go. The chart writer (issue 15c, `addDocxCharts(docx, charts)`) replaces each
 * paragraph whose whole text is `{{chart:<id>}}` with its chart; until that writer is wired in, the
 * option that writes the markers stays off, so no marker ever reaches a reader.
 */
import type { Paragraph } from 'docx';
import type { Report } from '../../aggregate/contract.js';
import type { TableModel } from '../tables.js';
import { para } from './paragraphs.js';

export const CHART_IDS = ['education', 'politicalTheory', 'ageGroup', 'gender', 'staffType', 'unitHeadlines'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** The chart that belongs under a table: a dimension's structure, or the per-unit headline shares. */
export function chartAfter(t: TableModel, report: Pick<Report, 'groupBy'>): ChartId | undefined {
  if (t.id === 'groups') return report.groupBy === 'unit' ? 'unitHeadlines' : undefined;
  return (CHART_IDS as readonly string[]).includes(t.id) ? (t.id as ChartId) : undefined;
}

/** The marker paragraph the chart writer looks for. */
export function chartMarker(id: ChartId): Paragraph {
  return para(`{{chart:${id}}}`, { align: 'center', before: 120, after: 120 });
}
