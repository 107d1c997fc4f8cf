/**
 * The standards table of the human outputs (terminal, Markdown, CSV, the Excel "Bảng" sheet) names the
 * rule set it is "theo" by its title; the id stays in the JSON only.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { BUILT_IN } from '../standards/rulesets.js';
import { markdownTable } from './markdown.js';
import { reportTables } from './tables.js';
import type { Lang } from './numbers.js';

async function standardsTableAt(asOf: { year: number; month: number; day: number }, lang: Lang = 'vi') {
  const { report } = await analyze(['fixtures/thai-nguyen-2022.xlsx'], { standards: BUILT_IN['nd33-2023'], asOf });
  const table = reportTables(report, { decimals: 1, rounding: 'half-up', lang }).find((t) => t.id === 'standards')!;
  return { table, report };
}

describe('the standards table', () => {
  it('names the rule set by its title in its heading', async () => {
    const { table } = await standardsTableAt({ year: 2024, month: 1, day: 1 });
    expect(table.title).toBe(
      'Bảng 8. Tình hình đạt chuẩn của cán bộ, công chức (Tiêu chuẩn cán bộ, công chức cấp xã theo Nghị định 33/2023/NĐ-CP)',
    );
  });

  it('does not show the rule-set id anywhere in its Markdown', async () => {
    const { table } = await standardsTableAt({ year: 2024, month: 1, day: 1 });
    expect(markdownTable(table, 'vi')).not.toContain('nd33-2023');
  });

  it('gives the rule set as its basis by its title in its first note', async () => {
    const { table, report } = await standardsTableAt({ year: 2024, month: 1, day: 1 });
    expect(table.notes[0]!.startsWith(`Căn cứ: ${report.standards!.title}; tiêu chí đã xét:`)).toBe(true);
  });

  it('keeps the id in the report (the JSON contract)', async () => {
    const { report } = await standardsTableAt({ year: 2024, month: 1, day: 1 });
    expect(report.standards!.ruleset).toBe('nd33-2023');
  });

  it('says in English that the rule set was not in force, under --lang en', async () => {
    const { table } = await standardsTableAt({ year: 2020, month: 1, day: 1 }, 'en');
    expect(table.title).toContain('Nghị định 33/2023/NĐ-CP, not in force on');
  });
});
