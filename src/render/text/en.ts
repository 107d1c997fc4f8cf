/**
 * The English text (`--lang en`), filling the same shape as the Vietnamese: the terminal report, its tables,
 * the warnings and the messages on stderr; the rest is here so that switching an output is a lookup, not a rewrite.
 */
import type { DimensionId } from '../../vocab/dimensions.js';
import { formatIntIn } from '../numbers.js';
import { ageLabel, type Text } from './vi.js';
import { errorPlaceEn, errorsEn } from './errors-en.js';
import { usageEn } from './usage-en.js';
import { fieldFitEn } from './field-fit-en.js';
import { seriesEn } from './series-en.js';
import { warningsEn } from './warnings-en.js';
import { WARNING_LABELS_EN } from './warning-labels-en.js';
import { WARNING_CODES } from '../../aggregate/warnings.js';

const n = (x: number) => formatIntIn(x, 'en');

const DIMENSIONS: Record<DimensionId, string> = {
  staffType: 'staff type',
  gender: 'gender',
  partyMember: 'party membership',
  education: 'professional qualification',
  politicalTheory: 'political theory',
  ageGroup: 'age group',
  ethnicity: 'ethnicity',
  generalEducation: 'general education',
  stateManagement: 'state management training',
  it: 'IT skills',
  foreignLanguage: 'foreign language',
  rank: 'civil service rank',
  fieldFit: 'field of training fits the post',
};

const LEVELS: Record<string, Record<string, string>> = {
  staffType: { canBo: 'Cadres (cán bộ)', congChuc: 'Civil servants (công chức)', other: 'Other (part-time, contract)' },
  gender: { female: 'Female', male: 'Male' },
  partyMember: { yes: 'Party members', no: 'Not party members' },
  education: {
    doctorate: 'Doctorate',
    master: 'Master',
    university: 'University',
    college: 'College',
    intermediate: 'Intermediate',
    elementary: 'Elementary',
    none: 'Untrained',
  },
  politicalTheory: {
    bachelor: 'Bachelor (political)',
    senior: 'Senior',
    intermediate: 'Intermediate',
    elementary: 'Elementary',
    none: 'None',
  },
  ethnicity: { kinh: 'Kinh', minority: 'Ethnic minorities' },
  generalEducation: { upperSecondary: 'Upper secondary', lowerSecondary: 'Lower secondary', primary: 'Primary' },
  stateManagement: {
    seniorExpert: 'Senior expert',
    principalExpert: 'Principal expert',
    expert: 'Expert',
    officer: 'Officer',
    none: 'None',
  },
  it: { degree: 'Intermediate or higher', certificate: 'Certificate', none: 'None' },
  foreignLanguage: {
    degree: 'Intermediate or higher',
    certificate: 'Certificate',
    minorityLanguage: 'Minority language',
    none: 'None',
  },
  rank: {
    seniorSpecialist: 'Senior specialist',
    seniorExpert: 'Senior expert',
    principalExpert: 'Principal expert',
    expert: 'Expert',
    officer: 'Officer',
    staff: 'Staff',
  },
  fieldFit: { fits: 'Fits', notFits: 'Does not fit' },
};

const DERIVED = {
  universityOrAbove: 'University or above',
  politicalTheorySeniorOrBachelor: 'Political theory senior or bachelor',
};

/** A level's English label; an age group's from the Vietnamese one's bounds. */
const level = (d: DimensionId, l: string): string =>
  d === 'ageGroup'
    ? ageLabel(l).replace('Dưới', 'Under').replace('Từ ', '').replace(' trở lên', ' and over')
    : (LEVELS[d]?.[l] ?? (l === 'unknown' ? 'Unknown' : l));

export const en: Text = {
  tables: {
    dimension: (d) => DIMENSIONS[d],
    level,
    derived: (id) => `Of which: ${DERIVED[id].toLowerCase()}`,
    tableTitle: (k, d) => `Table ${k}. Cadres and civil servants by ${d}`,
    crossTitle: (k, r, c) => `Table ${k}. Cadres and civil servants by ${r} and ${c}`,
    standardsTitle: (k, rs) => `Table ${k}. Meeting the standards (${rs})`,
    retirementTitle: (k) => `Table ${k}. Reaching retirement age`,
    caption: (n, title) => `Table ${n}. ${title}`,
    validShare: 'Valid percent (%)',
    rowShare: 'Row share (%)',
    columnShare: 'Column share (%)',
    bothShares: 'Row shares are of each row’s total; column shares of each column’s total.',
    validNote: (known, unknown) =>
      `Valid percent is of the ${known.toLocaleString('en-US')} people whose level is known, leaving out ${unknown.toLocaleString('en-US')} unknown.`,
    indicator: 'Indicator',
    count: 'Number (people)',
    countShort: 'Number',
    share: 'Share (%)',
    total: 'Total',
    unknown: 'Unknown',
    unit: 'Unit',
    notInForce: (ruleset, asOf) => `${ruleset}, not in force on ${asOf}`,
    meeting: 'Meeting',
    notMeeting: 'Not meeting',
    columnShares: 'Shares are of each column’s total.',
    rowShares: 'Shares are of each row’s total.',
    groupShares: 'Shares are of each group’s total.',
    ageNote: (mean, median, asOf, yearOnly) =>
      `Mean age: ${mean}; median age: ${median}; at ${asOf}.${yearOnly ? ` ${yearOnly} people with a year of birth only, counted as born on 1 July.` : ''}`,
    standardsNote: (rs, checked, notAssessed) =>
      `Basis: ${rs}; requirements checked: ${checked}.${notAssessed ? ` ${notAssessed} people in no group of the rule set, not assessed.` : ''}`,
    standardsUnchecked: (requirements) =>
      `Not checked: ${requirements}, which the roster has no column for (add the column to check it).`,
    retirementPast: 'Past retirement age',
    retirementWithin: (years) => `Reaching retirement age within ${years} years`,
    retirementLater: 'Not within that time',
    retirementNote: (asOf) => `Retirement ages of Decree 135/2020/ND-CP; from ${asOf}.`,
  },

  report: {
    title: 'CADRES AND CIVIL SERVANTS: STATISTICS',
    source: (file, sheet, headerRows, rows) =>
      `Source: ${file} (sheet "${sheet}"${headerRows.length ? `, column headers in row ${headerRows.join('–')}` : ''}, ${n(rows)} rows)`,
    sourceError: (file, error) => `Source not read: ${file}: ${error}`,
    totalHead: 'Total:',
    totalLine: (total, units) =>
      `${n(total)} people, ${n(units)} units. Shares are of the total of ${n(total)} people.`,
    byGroup: (group) => `By ${group} (shares of each group’s total)`,
    namesCut: (cap) =>
      `Names longer than ${n(cap)} characters are cut with "…"; the full names are in the Excel report and --json.`,
    headlineUnknown: (count) => `(not counting ${n(count)} unknown)`,
  },

  quality: {
    title: 'Data quality',
    warnings: (count) => `WARNING: ${n(count)} ${count === 1 ? 'thing' : 'things'} to check before using the figures`,
    inSheet: (sheet) => `sheet "${sheet}"`,
    atRows: (rows) => `row ${rows.join(', ')}`,
    rows: (read, counted, skipped, reasons) =>
      `Rows read: ${n(read)}; counted: ${n(counted)}; skipped: ${n(skipped)}${reasons ? ` (${reasons})` : ''}`,
    skippedFor: (count, reason) => `${n(count)} ${reason}`,
    unitsMerged: (spellings, units, example, unit) =>
      `Unit names: ${n(spellings)} spellings merged into ${n(units)} units, e.g. ${example} → ${unit} (full list in the Excel report and --json)`,
    rowWarning: (row, message) => `Row ${row}: ${message}`,
    moreWarnings: (count) => `… and ${n(count)} more warnings`,
    ambiguousUnit: (name) =>
      `Unit name that may be a ward or a commune, or one of two units typed without tone marks, kept apart: "${name}"`,
    allClassified: 'Every value was classified.',
    unknownHead: ['Column', 'Value not classified', 'Times', 'Rows'],
    blank: '(blank)',
    unknownCount: (count) => `${n(count)} values not classified (counted as "Unknown"):`,
    unknownCountShort: (count) => `${n(count)} values not classified:`,
    moreUnknown: (count) => `… and ${n(count)} more values (see the Excel report or --json)`,
  },

  inspect: {
    file: (file) => `File: ${file}`,
    sha: (prefix) => `SHA-256 ${prefix}…`,
    sheets: (names) => `Sheets: ${names}`,
    sheet: (name) => `Sheet "${name}"`,
    read: ': read',
    passedOver: (reason) => `: passed over — ${reason}`,
    encoding: (encoding, delimiter) => `Encoding: ${encoding}${delimiter ? `; delimiter "${delimiter}"` : ''}`,
    conversion: (column, from, cells) => `Converted: column ${column} from ${from} (${n(cells)} cells)`,
    warning: (text) => `Warning: ${text}`,
    noColumnFor: (role) => `no column for "${role}"`,
    firstRows: (count) => `First ${n(count)} rows:`,
    headerRows: (rows) => `Header rows: ${rows}`,
    columnsHead: ['Column', 'Header', 'Role', 'Confidence', 'Examples'],
    rows: (read, counted, skipped) => `Rows: read ${n(read)}; people ${n(counted)}; skipped ${n(skipped)}`,
    skippedFor: (reason, count, rows) => `${reason}: ${n(count)} (rows ${rows})`,
    postsAt: (date) => `Titles read with the list of posts of ${date}`,
    markRole: (d, l) => `${DIMENSIONS[d].charAt(0).toUpperCase()}${DIMENSIONS[d].slice(1)}: ticks "${level(d, l)}"`,
    birthDateOfGenderRole: (gender) =>
      `Date of birth, written under ${gender === 'male' ? 'Nam (male)' : 'Nữ (female)'} (gives the gender)`,
    birthDatePartRole: (part) => `Date of birth: the ${part} (joined with the year)`,
    noRole: '—',
    agesAt: (date) => `Ages counted at ${date} (the date the title block names)`,
    savedAt: (date) => ` (by the workbook's properties: created or last saved on ${date})`,
  },
  compare: {
    title: 'TWO PERIODS COMPARED',
    titleOf: (before, after) => `TWO PERIODS COMPARED: ${before} AND ${after}`,
    before: (label, files, total, units) => `Before (${label}): ${files} — ${n(total)} people, ${n(units)} units`,
    after: (label, files, total, units) => `After (${label}): ${files} — ${n(total)} people, ${n(units)} units`,
    difference: (signed) => `Difference: ${signed} people`,
    notRead: (file) => `${file} (NOT READ: not in the figures)`,
    headOf: (before, after) => ['Indicator', before, after, 'Change'],
    spellingOnly: (count) => `Post written another way but the same post (not counted as a change): ${n(count)} people`,
    head: ['Indicator', 'Before', 'After', 'Up (+), down (−)'],
    byUnit: 'By administrative unit from 1 July 2025 (before: old units placed in the new ones)',
    noPeople: (note) => `People not compared one by one: ${note}`,
    note: (note) => `Note: ${note}`,
    idColumnNotFound: (column, inputs) =>
      `--id-column "${column}": no such column in ${inputs}: people are not matched, only figures compared; write the header as the header row has it, or the column's letter (--id-column C)`,
    noIdColumn: (inputs) =>
      `no id column (Mã CBCC, Số hiệu, Mã định danh, Số CCCD …) in ${inputs}: people are not matched, only figures compared; name one with --id-column`,
    rowsWithoutId: (before, old, after, now) =>
      `${n(before)} rows of ${old} and ${n(after)} of ${now} have no id (a file without an id column, or blank ids): they are not matched, and people with ids on one side only count as joined or left`,
    people: (joined, left, changed) => `People: joined ${n(joined)}, left ${n(left)}, changed ${n(changed)}`,
    joined: 'Joined',
    left: 'Left',
    changed: 'Changed',
    morePeople: (count) => `… and ${n(count)} more people`,
    moreChanges: (count) => `… and ${n(count)} more changes`,
    merged: ' (merged)',
    moved: ' (moved to another unit)',
    fields: {
      education: 'Professional qualification',
      politicalTheory: 'Political theory',
      partyMember: 'Party member',
      unit: 'Unit',
      title: 'Post',
      staffType: 'Staff type',
      gender: 'Gender',
      name: 'Name',
    },
    sheet: 'Comparison',
    sheetHead: ['Indicator', 'Level', 'Before', 'After', 'Change'],
    sheetHeadOf: (before, after) => ['Indicator', 'Level', before, after, 'Up (+), down (−)'],
    total: 'Total',
    peopleHead: ['Id', 'Name', 'Unit', 'Post', 'File', 'Row'],
    changesHead: ['Id', 'Name', 'What', 'Before', 'After'],
  },
  /** The footer of every printed Excel page (&P the page, &N the pages). */
  print: { footer: 'Page &P/&N' },
  errors: errorsEn,
  usage: usageEn,
  strict: {
    warnings: (count, codes) => `${count} warnings (${codes})`,
    unknown: (cells, distinct) => `${cells} values not classified (${distinct} distinct)`,
    skipped: (count, reasons) => `${count} rows skipped (${reasons})`,
    before: 'before',
    after: 'after',
  },
  errorPlace: errorPlaceEn,
  warnings: warningsEn,
  warningLabel: (code) => WARNING_LABELS_EN[code] ?? WARNING_CODES[code],
  warningWord: 'warning',
  cli: {
    wroteDocx: (path) => `Wrote the Word report: ${path}`,
    wroteExcel: (path) => `Wrote the Excel report: ${path}`,
    wroteEach: (count, dir) => `Wrote ${n(count)} reports and the consolidated report to ${dir}`,
    compareRefused: (files) =>
      `no comparison written (--json): ${files} could not be read, its people would be counted as leavers or joiners; mend the file (or move it out of the folder) and run again`,
    wroteCompare: (path) => `Wrote the comparison: ${path}`,
    wroteData: (path) => `Wrote the per-person data: ${path}`,
    wroteConfig: (path) => `Wrote a starter config: ${path}`,
    reading: (done, total, file) => `Reading ${done}/${total}: ${file}`,
    labelTwice: (count) => `--label was given ${count} time(s): give it twice (old period, then new) or not at all`,
    hint: (text) => `hint: ${text}`,
    notClassified: (values, cells, examples) =>
      `${n(values)} values not classified (${n(cells)} cells), counted as "Unknown": ${examples} — the full list is in --json's unknownValues and on the Excel report's "Giá trị chưa phân loại" sheet; add their spellings to "spellings" in --config to classify them (cbcc-stats init-config writes a starter config that lists them)`,
    otherSheet: (sheets) =>
      `the roster may be on another sheet; choose it with --sheet "NAME" (other sheets: ${sheets})`,
    lockFile:
      "this is Excel's lock file (~$), made while the workbook is open, not a roster: close Excel and give the roster file itself",
    document: (type) =>
      `a ${type} document is not a roster table: open it, copy the table into Excel (or save it as .xlsx) and give that file`,
  },
  excel: {
    summarySheet: 'Summary',
    sources: (files) => `Sources: ${files}`,
    total: (total, units) => `Total ${n(total)} people, ${n(units)} units. Shares (%) are of the total.`,
    warnings: (count, labels) =>
      `WARNING: ${n(count)} things to check before using the figures (details on the "Data quality" sheet): ${labels}`,
    meanAge: (asOf) => `Mean age (at ${asOf})`,
    medianAge: 'Median age',
    birthYearOnly: 'Year of birth only (counted as born on 1 July)',
    retirement: (asOf) => `Retirement age (Decree 135/2020), from ${asOf}`,
    retirementUnknown: 'Unknown (no date of birth or gender)',
    standards: (name) => `Meeting the standards (${name})`,
    standardsOf: (name) => `Meeting the standards, by unit (${name})`,
    meetingOf: (group) => `${group}: meeting`,
    notMeetingOf: (group) => `${group}: not meeting`,
    standardsByUnitSheet: 'Standards by unit',
    standardsByUnitHead: ['Unit', 'Meeting', 'Not meeting', 'Share meeting'],
    grandTotal: 'Total',
    notMeetingSheet: 'Not meeting',
    notMeetingHead: ['No.', 'Name', 'Unit', 'Post', 'Staff type'],
    lacks: (requirement) => `Lacks: ${requirement}`,
    requirements: {
      education: 'Qualification',
      politicalTheory: 'Political theory',
      generalEducation: 'General education',
      stateManagement: 'State management',
    },
    fileAndRow: ['File', 'Row'],
    crossSheet: 'Cross tables',
    tablesSheet: 'Tables',
    crossTitle: (rows, columns) => `${rows} by ${columns}`,
    byUnitSheet: 'By unit',
    unit: 'Unit',
    byGroupSheet: (group) => `By ${group}`,
    stt: 'No.',
    unitOfMeasure: 'Unit: people',
    unitOfMeasureShares: (group) => `Unit: people; shares (%) of each ${group}’s total`,
    countHead: 'Number',
    shareHead: 'Share (%)',
    ofWhich: 'Of which',
    groupSheets: {
      headcount: { title: (by) => `Cadres and civil servants by ${by}`, suffix: '' },
      training: { title: (by) => `Qualification and political theory by ${by}`, suffix: ' - training' },
      other: { title: (by) => `Age, further training and other figures by ${by}`, suffix: ' - other' },
    },
    warningsHead: ['Warning', 'Code', 'File', 'Sheet', 'Rows', 'Message'],
    unknownTitle: 'Values not classified (counted as "Unknown")',
    unknownHead: ['Indicator', 'Column', 'Value', 'Times', 'First rows', 'Files'],
    skippedTitle: 'Rows not counted',
    skippedHead: ['File', 'Sheet', 'Row', 'Reason', 'Content'],
    rowWarningsTitle: 'Warnings (rows still counted)',
    rowWarningsHead: ['File', 'Sheet', 'Row', 'Warning'],
    mergedTitle: 'Unit names merged',
    mergedHead: ['Unit', 'Spellings in the roster'],
    ambiguous: 'not merged: a ward and a commune, or two units typed without tone marks, have this name',
    noWarnings: 'No warnings.',
    noReportWarnings: (unknown, rowWarnings) =>
      `No warning on the whole report, but to check: ${[
        unknown > 0 ? `${n(unknown)} values not classified (counted as "Unknown")` : '',
        rowWarnings > 0 ? `${n(rowWarnings)} warnings on rows (the rows still counted)` : '',
      ]
        .filter(Boolean)
        .join(', ')}.`,
    qualityLine: (title, count, sheet) => (count > 0 ? `${title}: ${n(count)} (sheet "${sheet}")` : `${title}: none`),
    qualitySheets: {
      unknown: 'Values not classified',
      skipped: 'Rows not counted',
      rowWarnings: 'Row warnings',
      merged: 'Unit names merged',
    },
    sourcesSheet: 'Sources',
    sourcesHead: [
      'File',
      'Status',
      'Format',
      'Sheet',
      'Header rows',
      'Rows',
      'Encoding',
      'SHA-256',
      'Error / warnings',
    ],
    read: 'read',
    failed: 'error',
    delimiter: (d) => `delimiter "${d}"`,
    columnsTitle: 'Columns recognised',
    columnsHead: ['File', 'Column', 'Header', 'Role', 'Confidence', 'Note'],
    conversionsTitle: 'Text converted from a legacy encoding',
    conversionsHead: ['File', 'Sheet', 'Column', 'Converted from', 'Cells'],
    tool: (name, version) => `Tool: ${name} ${version}`,
    options: (json) => `Options: ${json}`,
  },
  headlines: {
    canBo: 'Cadres (cán bộ)',
    congChuc: 'Civil servants (công chức)',
    female: 'Women',
    partyMember: 'Party members',
    universityOrAbove: 'University or above',
    politicalTheorySeniorOrBachelor: 'Political theory: senior or bachelor',
    politicalTheoryIntermediate: 'Political theory: intermediate',
  },
  fieldFit: fieldFitEn,
  people: {
    sheet: 'Normalised data',
    heads: {
      period: 'Period',
      id: 'Id',
      name: 'Name',
      unit: 'Unit',
      title: 'Title',
      age: 'Age',
      ethnicGroup: 'Ethnic group',
      sourceFile: 'File',
      sourceSheet: 'Sheet',
      sourceRow: 'Row',
    },
    leftOut: (people, limit) =>
      `${n(people)} people, more than ${n(limit)}: the person-level list is left out of the Excel report. Use --export-data FILE.csv (or .xlsx) for it.`,
  },
  series: seriesEn,
  charts: {
    sheet: 'Charts',
    structure: (dimension) => `Structure by ${dimension}`,
    unitStaffType: 'Cadres and civil servants by unit',
    shareSeries: (headline) => `${headline} (%)`,
    unitShare: (headline) => `${headline} by unit (%)`,
    people: 'People',
    unit: 'Unit',
    dataTitle: 'Data of the charts',
  },
};
