/**
 * A starter config written from what `inspect` found: every column with the role it was given,
 * empty spelling lists to fill, and the values not understood listed where they can be moved.
 */
import { roleOf } from '../detect/layout.js';
import type { Inspection } from '../pipeline/inspect.js';
import { DIMENSION_LEVELS, SPELLED_DIMENSIONS } from '../vocab/dimensions.js';
import { FIT_RULES } from '../vocab/field-fit.js';
import { FIELD_FAMILIES } from '../vocab/fields.js';
import { COLUMN_ROLES } from '../vocab/columns.js';

/** How thesis tables print: examples kept inactive (a key starting with "_" is a note) until renamed. */
const STARTER_TABLES = {
  _help:
    'How thesis tables print (report --format md|csv, --tables): per dimension a "title", "labels" (level id → label), "order" (level ids, first to last) and "merge" (a line\'s label → the level ids it adds up). The examples below start with "_" and do nothing: remove the "_" to use one.',
  _education: {
    title: 'Trình độ chuyên môn của cán bộ, công chức',
    labels: { university: 'Đại học (cử nhân, kỹ sư)' },
    merge: { 'Sau đại học': ['doctorate', 'master'] },
  },
  _politicalTheory: { merge: { 'Cao cấp, cử nhân': ['bachelor', 'senior'] } },
};

/** The report's frame: examples kept inactive until the "_" is removed; the options of the same names win. */
const STARTER_REPORT = {
  _help:
    'The frame of the Excel report (every sheet) and the Word report: who issues it and who signs. Remove the "_" of a line to use it; the options --agency, --signer … of the same names win over it, and it wins over the roster\'s own title block. "signedOn" as dd/mm/yyyy; "nationalHeading": false leaves Quốc hiệu and tiêu ngữ out.',
  _superiorAgency: 'UBND HUYỆN ĐỒNG HỶ',
  _agency: 'PHÒNG NỘI VỤ',
  _title: 'BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC CẤP XÃ',
  _number: '15/BC-PNV',
  _period: 'Năm 2025',
  _place: 'Đồng Hỷ',
  _signedOn: '31/12/2025',
  _preparer: 'Nguyễn Thị Lập',
  _signer: 'Trần Văn Trưởng',
  _signerTitle: 'TRƯỞNG PHÒNG',
  _nationalHeading: true,
};

export function starterConfig(inspection: Inspection): Record<string, unknown> {
  const columns: Record<string, string | null> = {};
  const unclassified: Record<string, string[]> = {};
  for (const sheet of inspection.inspected) {
    for (const col of sheet.source.columns ?? []) {
      const key = col.header || col.column;
      if (key in columns) continue;
      // Tick columns and birth-date sub-columns are found from their group headers; leave them be.
      columns[key] = roleOf(col.use) ?? null;
    }
    for (const u of sheet.unknownValues ?? []) {
      if (!u.value) continue;
      const list = (unclassified[u.dimension] ??= []);
      if (!list.includes(u.value)) list.push(u.value);
    }
  }
  const spellings: Record<string, unknown> = {
    _help:
      'Add spellings to a level: "education": { "university": ["Cử nhân tài năng"] }. "title" maps titles to a staff type.',
  };
  for (const d of SPELLED_DIMENSIONS) {
    const levels: Record<string, unknown> = {};
    if (unclassified[d]?.length) levels._unclassified = unclassified[d];
    for (const level of DIMENSION_LEVELS[d]) if (level !== 'unknown') levels[level] = [];
    spellings[d] = levels;
  }
  spellings.title = { canBo: [], congChuc: [], other: [] };
  return {
    _help: `Starter config for cbcc-stats, from ${inspection.file}. Edit it, then: cbcc-stats report ROSTER --config THIS_FILE. Keys starting with "_" are notes.`,
    _roles: COLUMN_ROLES.join(', '),
    columns,
    spellings,
    disadvantagedUnits: [],
    ignore: { rows: [], sheets: [] },
    tables: STARTER_TABLES,
    fieldFit: fieldFitStarter(),
    report: STARTER_REPORT,
  };
}

/** The fieldFit section: nothing changed until filled in; the tool's table shown as a note to copy from. */
function fieldFitStarter(): Record<string, unknown> {
  return {
    _help:
      'Fit of training to post. "posts" replaces the fields accepted for a post (your province\'s list): "Văn phòng - Thống kê": ["publicAdministration", "law"]. "fields" adds spellings to a family. "fromEducation": true reads majors written in education cells ("Cử nhân Luật") when the roster has no "Chuyên ngành" column.',
    _families: FIELD_FAMILIES.join(', '),
    _default: Object.fromEntries(FIT_RULES.map((r) => [r.post, [...r.families]])),
    fromEducation: false,
    posts: {},
    fields: Object.fromEntries(FIELD_FAMILIES.map((f) => [f, []])),
  };
}
