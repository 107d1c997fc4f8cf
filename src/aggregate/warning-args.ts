/**
 * What each warning's message names, by its key (the code in camelCase: HIDDEN_ROWS → hiddenRows): the
 * values the text tables of either language (render/text/warnings-*-vi.ts, -en.ts) put in words. Rows are
 * the first few named (`count` says how many in all: "…" when more).
 */

/** A post or title as a list names it: what it is called and how many people hold it. */
export interface Named {
  name: string;
  count: number;
}

/** Warnings about the rows and cells of one sheet. */
export interface SheetWarningArgs {
  hiddenRows: [count: number, rows: number[]];
  /** `shown`: the first three, each with why it reads like something else (normalize/row.ts's words). */
  rowInDoubt: [count: number, shown: Array<{ row: number; why: string }>];
  filteredRows: [count: number, rows: number[]];
  unitHeadingEmpty: [count: number, rows: number[]];
  formulasNotComputed: [cells: number];
  genderConflict: [count: number, rows: number[]];
  /** `first`: the first row's clash as normalize/unit-clash.ts says it (`"column" under "heading"`). */
  unitConflict: [count: number, rows: number[], first: string];
  datesMonthFirst: [count: number, rows: number[]];
  birthYearTwoDigits: [count: number, rows: number[]];
  ageImplausible: [count: number, rows: number[], min: number, max: number];
  gradeSystemUnstated: [count: number, rows: number[]];
  ageStated: [letter: string, header: string, asOf: string];
  textDamaged: [kind: 'misread' | 'lost', column: string, cells: number, example?: string];
  peopleWithoutName: [count: number, people: number, rows: number[]];
  /** `counted`: the rows are counted as people of their own; `joined`: read as lines of the person above. */
  personOverTwoRows: [kind: 'counted' | 'joined', count: number, rows: number[]];
  categoryCellsEmpty: [count: number, people: number];
  exampleRows: [count: number, people: number, example: string, rows: number[]];
  partyFullMembersOnly: [header: string, column: string, blank: number, people: number];
  tableBesideTable: [letters: string, names: string, rowsLeft: number | undefined];
  peopleLeftByRemark: [count: number, people: number, header: string, example: string, rows: number[]];
  peopleUnderLeftHeading: [count: number, people: number, heading: string, rows: number[]];
  partyBlankBesideNo: [count: number, header: string, rows: number[], writtenNo: number];
  /** `where`: the rows the figures were counted over, or none when no people stand above the row. */
  subtotalMismatch: [
    row: number,
    text: string,
    differences: Array<{ stated: number; header?: string; counted: number }>,
    where: { first: number; last: number } | undefined,
  ];
  personListedTwice: [count: number, place: { file: string; sheet: string; rows: number[] }];
  hiddenSheets: [people: number, sheets: Array<{ sheet: string; people: number }>];
  columnNotPlaced: [
    letter: string,
    header: string,
    hits: number,
    values: number,
    role: 'birthDate' | 'gender' | 'ethnicity' | 'staffType' | 'education' | 'politicalTheory',
  ];
  codesFromLegendSheet: [count: number, sheet: string, read: string[]];
  genderOneWritten: [column: string, written: 'female' | 'male', writtenCount: number, blank: number];
  // Session 12 (rv32, rv34, rv35, the integrator).
  unitCarriedDown: [count: number, people: number, header: string, rows: number[]];
  remarkNotCbcc: [count: number, people: number, header: string, example: string, rows: number[]];
  /** `columns`: each column as "header (letter)". */
  levelFromMerge: [count: number, columns: string[], rows: number[]];
  /** `first`: the first row's clash, "counted as X, the title reads Y" in normalize/levels.ts's words. */
  staffTypeConflict: [count: number, rows: number[], first: string];
  /** Each date with the tables counted at it, and whether it is today's (no date named, or a period not over). */
  agesAtSeveralDates: [dates: Array<{ date: string; today: boolean; tables: string[] }>];
}

/** Warnings about units, titles, rule sets, inputs and the periods compared. */
export interface UnitWarningArgs {
  unitSplit: [people: number, units: string[]];
  unitNotInList: [people: number, units: string[]];
  unitsBeforeReform: [
    people: number,
    units: number,
    shown: Array<{ name: string; also: string[]; into: string; people: number }>,
    rest: { units: number; people: number } | undefined,
  ];
  unitInSeveralProvinces: [
    count: number,
    shown: Array<{ name: string; places: Array<{ label: string; people: number }>; more: boolean }>,
    people: number,
    more: boolean,
  ];
  unitKindDiffers: [people: number, units: Array<{ name: string; listed: string[]; people: number }>];
  unitsAboveCommune: [people: number, units: Named[]];
  /** `because`: why the titles were read after the reform (title-notes.ts's PostsDate), when the tool chose it. */
  staffTypeUnresolved: [
    count: number,
    posts: Named[],
    police: boolean,
    seats: string[],
    because: string | undefined,
    /** The day titles were read at, when before the reform (YYYY-MM-DD). */
    readAt?: string,
  ];
  titlesAfterReform: [count: number, posts: Named[], because: string];
  titlesAboveCommune: [count: number, titles: Named[], afterReform: boolean];
  titlesFormerPost: [count: number, titles: Named[], afterReform: boolean];
  titlesOfGoneUnit: [count: number, titles: Array<{ name: string; into: string[]; count: number }>];
  rulesetNotInForce: [
    ruleset: string,
    asOf: string,
    inForce: { from: string; to?: string },
    byType: Array<{ type: string; from: string; to?: string }>,
  ];
  rulesetStaffType: [ruleset: string, people: number, type: string, asOf: string | undefined];
  rulesetBasisOpen: [ruleset: string, people: number, type: string, asOf: string, open: string];
  inputsLeftOut: [
    folder: string,
    folders: { shown: string[]; count: number },
    files: { shown: string[]; count: number },
  ];
  unitsAcrossReform: [before: string, after: string, gone: string[], people: number, into: string[]];
  periodNameDisagrees: [file: string, titleDate: string, name: string, named: string];
  unitsRenamed: [
    before: string,
    after: string,
    renamings: Array<{ from: string[]; to: string; people: number; found?: number }>,
  ];
  idColumnNotUsed: [column: string, others: string[]];
}
