/**
 * What the charts show, from the report's figures: the structure of the whole staff by education,
 * political theory, age group, gender and staff type (counts), and per unit the staff types and the
 * headline shares. One model for the Excel *Biểu đồ* sheet and the Word report; the words come from
 * render/text, the figures from the report as they are (a "Không rõ" level is charted when anyone is in it).
 */
import type { GroupReport, Report } from '../../aggregate/contract.js';
import type { DimensionId } from '../../vocab/dimensions.js';
import { HEADLINES, levelsShown } from '../labels.js';
import { percentScaled, type Lang } from '../numbers.js';
import { textFor } from '../text/index.js';
import type { HeadlineId } from '../text/vi.js';

export type ChartKind = 'bar' | 'column' | 'pie' | 'stacked';

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartSpec {
  /** Stable id: the Word report marks where a chart goes with a paragraph `{{chart:<id>}}`. */
  id: string;
  title: string;
  kind: ChartKind;
  /** The head of the categories' column in the chart's data table. */
  categoryHead: string;
  categories: string[];
  series: ChartSeries[];
  /** Counts of people, or percentages (0–100, one decimal, rounded half up as the tables are). */
  values: 'count' | 'percent';
}

/** The dimensions charted for everyone, and how. */
const STRUCTURE: Array<{ dimension: DimensionId; kind: ChartKind }> = [
  { dimension: 'education', kind: 'bar' },
  { dimension: 'politicalTheory', kind: 'bar' },
  { dimension: 'ageGroup', kind: 'column' },
  { dimension: 'gender', kind: 'pie' },
  { dimension: 'staffType', kind: 'pie' },
];

/** The headline shares charted per unit. */
export const UNIT_SHARES: HeadlineId[] = [
  'female',
  'partyMember',
  'universityOrAbove',
  'politicalTheorySeniorOrBachelor',
];

const UNIT_CHART_ID: Record<string, string> = {
  female: 'unitFemale',
  partyMember: 'unitPartyMember',
  universityOrAbove: 'unitUniversityOrAbove',
  politicalTheorySeniorOrBachelor: 'unitPoliticalTheorySenior',
};

/** The ids `chartSpecs` can give, in order (the Word report's markers name them). */
export const CHART_IDS: readonly string[] = [
  ...STRUCTURE.map((s) => s.dimension),
  'unitStaffType',
  ...UNIT_SHARES.map((h) => UNIT_CHART_ID[h]!),
];

/**
 * The charts of a report. `units` are the per-unit figures (the Excel writer's `byUnit`; by default the
 * report's groups when it is grouped by unit); per-unit charts only when there are two units or more.
 */
export function chartSpecs(report: Report, lang: Lang = 'vi', units?: GroupReport[]): ChartSpec[] {
  if (report.total === 0) return [];
  const text = textFor(lang);
  const C = text.charts;
  const specs: ChartSpec[] = [];
  for (const { dimension, kind } of STRUCTURE) {
    if (!report.dimensions[dimension]) continue;
    const levels = levelsShown(report, dimension);
    specs.push({
      id: dimension,
      title: C.structure(text.tables.dimension(dimension)),
      kind,
      categoryHead: capitalised(text.tables.dimension(dimension)),
      categories: levels.map((l) => text.tables.level(dimension, l)),
      series: [{ name: C.people, values: levels.map((l) => report.dimensions[dimension]![l]!.count) }],
      values: 'count',
    });
  }
  const groups = units ?? (report.groupBy === 'unit' ? (report.groups ?? []) : []);
  if (groups.length < 2) return specs;
  const names = groups.map((g) => g.key);
  // A staff type nobody is in has no segment to show: its zeros would only clutter every bar.
  const types = levelsShown(report, 'staffType').filter((t) => report.dimensions.staffType[t]!.count > 0);
  specs.push({
    id: 'unitStaffType',
    title: C.unitStaffType,
    kind: 'stacked',
    categoryHead: C.unit,
    categories: names,
    series: types.map((t) => ({
      name: text.tables.level('staffType', t),
      values: groups.map((g) => g.dimensions.staffType[t]?.count ?? 0),
    })),
    values: 'count',
  });
  for (const id of UNIT_SHARES) {
    const headline = HEADLINES.find((h) => h.id === id)!;
    specs.push({
      id: UNIT_CHART_ID[id]!,
      title: C.unitShare(text.headlines[id]),
      kind: 'bar',
      categoryHead: C.unit,
      categories: names,
      series: [
        {
          name: C.shareSeries(text.headlines[id]),
          values: groups.map((g) => percentScaled(headline.pick(g), g.total, 1) / 10),
        },
      ],
      values: 'percent',
    });
  }
  return specs;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
