/** The messages of the warnings about one sheet's rows and cells, in English: each is also the JSON's `message`. */
import type { SheetWarningArgs } from '../../aggregate/warning-args.js';

type Words = { [K in keyof SheetWarningArgs]: (...args: SheetWarningArgs[K]) => string };

/** Rows named, "…" when more than those. */
export const listed = (rows: readonly number[], count: number) =>
  `${rows.join(', ')}${count > rows.length ? ', …' : ''}`;
const s = (n: number) => (n > 1 ? 's' : '');
/** Tables named, the first five and how many more. */
const tablesOf = (tables: string[]) =>
  tables.slice(0, 5).join(', ') + (tables.length > 5 ? ` and ${tables.length - 5} more` : '');

const READ_AS = {
  birthDate: 'birth dates',
  gender: 'genders',
  ethnicity: 'ethnic groups',
  staffType: 'staff types',
  education: 'qualifications',
  politicalTheory: 'political theory levels',
} as const;

export const sheetWarningsEn: Words = {
  hiddenRows: (c, rows) =>
    `${c} hidden row${s(c)} skipped, not counted (row${s(c)} ${listed(rows, c)}): show them in the workbook if they are people`,
  rowInDoubt: (c, shown) =>
    `${c} row${s(c)} counted as people may not be: ${shown.map((h) => `row ${h.row} ${h.why}`).join('; ')}${c > shown.length ? '; …' : ''}`,
  filteredRows: (c, rows) =>
    `${c} row${s(c)} hidden by the sheet's filter (AutoFilter) ${c > 1 ? 'were' : 'was'} read and counted like the rows shown (row${s(c)} ${listed(rows, c)}): the filter hides them from view, not from the roster; clear the filter, or delete the rows, if they are not to be counted`,
  unitHeadingEmpty: (c, rows) =>
    `${c} unit heading${c > 1 ? 's name' : ' names'} no unit ("Đơn vị:" and nothing after it; row${s(c)} ${listed(rows, c)}): the people under ${c > 1 ? 'them' : 'it'} are counted in the sheet's unit (from its title or name), or with no unit; check which unit they belong to`,
  formulasNotComputed: (c) =>
    `${c} formula cell${c > 1 ? 's have' : ' has'} no saved result (the file was written by a program that does not calculate formulas) and ${c > 1 ? 'are' : 'is'} read as empty: what ${c > 1 ? 'they compute' : 'it computes'} (ticks, ages, dates) is not counted; open the file in Excel or LibreOffice and save it again`,
  genderConflict: (c, rows) =>
    `${c} row${s(c)} (${listed(rows, c)}) give${c > 1 ? '' : 's'} a gender that disagrees with the "Nam" / "Nữ" column the birth date is written under: counted as the gender column says; check them`,
  unitConflict: (c, rows, first) =>
    `${c} row${s(c)} (${listed(rows, c)}) name${c > 1 ? '' : 's'} in the unit column another unit than the unit heading above (row ${rows[0]}: ${first}): counted in the unit column's; check which is right`,
  datesMonthFirst: (c, rows) =>
    `${c} birth date${s(c)} (row${s(c)} ${listed(rows, c)}) read only month first (mm/dd/yyyy, e.g. 11/15/1973): not counted in an age group; the column's dates that read both ways (03/05/1973) were read day first and may be wrong: save the dates as real dates or as dd/mm/yyyy`,
  birthYearTwoDigits: (c, rows) =>
    `${c} birth date${s(c)} (row${s(c)} ${listed(rows, c)}) write${c > 1 ? '' : 's'} the year with two digits (e.g. 20/11/80): read as 19xx for 30–99 and 20xx for 00–29 and counted in that age group; check them, or save the dates with four-digit years`,
  ageImplausible: (c, rows, min, max) =>
    `${c} birth date${s(c)} (row${s(c)} ${listed(rows, c)}) give an age under ${min} or over ${max}, which no commune cán bộ or công chức has: under ${min} is counted as age unknown, over ${max} in its age group; check the dates (another date typed in the birth column?)`,
  gradeSystemUnstated: (c, rows) =>
    `${c} general-education grade${s(c)} (row${s(c)} ${listed(rows, c)}) written "10" without the school system: counted as 10/10 (upper secondary, the ten-grade system); a tenth grade of twelve (10/12) is lower secondary: write 10/10 or 10/12`,
  ageStated: (letter, header, asOf) =>
    `ages read as written in column ${letter} "${header}", with no birth date: counted as ages at ${asOf} though the date they were written is not known (a roster a year old is a year young); give a birth date column for ages at the report's date and for retirement`,
  textDamaged: (kind, column, cells, example) =>
    kind === 'misread'
      ? `column ${column}: ${cells} cells still look like UTF-8 read in a Windows code page (e.g. "${example ?? ''}") and could not be read back: bytes of them were lost, or what they read back to is not Vietnamese`
      : `column ${column}: ${cells} ${cells === 1 ? 'cell has' : 'cells have'} letters replaced by "?" or "\uFFFD" (saved or read in a code page without Vietnamese), so what they say cannot be known; export again as UTF-8 or Unicode text`,
  peopleWithoutName: (c, people, rows) => `${c} of ${people} people counted have no name (rows ${listed(rows, c)})`,
  personOverTwoRows: (kind, c, rows) =>
    kind === 'counted'
      ? `${c} rows with no name and no number stand right under a person (rows ${listed(rows, c)}): each looks like a second line of the person above (a second degree, a political theory level, a party date) and is counted as a person of its own, so the total may be ${c} too many; write each person on one row`
      : `${c} rows with no name and no number, right under a person, hold only a qualification, a political theory level, a party date, ticks, the rest of a title or notes (rows ${listed(rows, c)}): each is read as a further line of the person above, not counted as a person; its values complete that person's (of two levels, the higher counts); check them, and write each person on one row`,
  categoryCellsEmpty: (c, people) =>
    `${c} of ${people} people counted have every category cell empty (gender, staff type, qualification, political theory, party)`,
  exampleRows: (c, people, example, rows) =>
    `${c} of ${people} people counted are named as a form's example row is (e.g. "${example}", rows ${listed(rows, c)}): a given name of one letter (Y excepted) is no one's; they are counted; delete the example rows`,
  partyFullMembersOnly: (header, column, blank, people) =>
    `the only party column is "${header}" (column ${column}, the date of full membership): ${blank} of ${people} people with it blank are counted as not party members, but probationary members (dự bị) have no such date yet`,
  tableBesideTable: (letters, names, rowsLeft) =>
    `a second table stands beside the one read, in columns ${letters} (${names}): its columns are not read and its people are not counted${rowsLeft ? ` (${rowsLeft} row${s(rowsLeft)} of it left out; its columns differ from the first table's, so it cannot be read under it)` : ''}; put it below the first table or in its own sheet`,
  peopleLeftByRemark: (c, people, header, example, rows) =>
    `${c} of ${people} people counted have a "${header}" saying they left (e.g. "${example}", rows ${listed(rows, c)}): they are counted as listed; remove their rows if the report is of the staff in post`,
  peopleUnderLeftHeading: (c, people, heading, rows) =>
    `${c} of ${people} people counted stand under the heading "${heading}" (rows ${listed(rows, c)}), which says they left: they are counted as listed; remove their rows if the report is of the staff in post`,
  partyBlankBesideNo: (c, header, rows, writtenNo) =>
    `${c} people with the party cell "${header}" blank (rows ${listed(rows, c)}) are counted as not party members, while ${writtenNo} others are written as not members ("Không", "Quần chúng"): a blank there may be a cell nobody filled in; write each one`,
  subtotalMismatch: (row, text, differences, where) =>
    `row ${row} "${text}" ${differences
      .map((d) =>
        d.header === undefined
          ? `says ${d.stated} people, ${d.counted} counted`
          : `says ${d.stated} under "${d.header}", ${d.counted} counted`,
      )
      .join('; ')} (${where ? `rows ${where.first}–${where.last}` : 'no people above it'})`,
  personListedTwice: (c, p) =>
    `${c} ${c === 1 ? 'row repeats a person' : 'rows repeat people'} listed above in ${p.file} sheet "${p.sheet}" (same id, or same name and birth date; ${p.rows.length === 1 ? 'row' : 'rows'} ${listed(p.rows, c)}): each row is counted, so ${c === 1 ? 'that person is' : 'they are'} counted twice; a post held concurrently belongs on the person's one row`,
  hiddenSheets: (people, sheets) =>
    `${people} ${people === 1 ? 'person' : 'people'} on sheet${s(sheets.length)} hidden in the workbook (${sheets.map((x) => `"${x.sheet}" (${x.people})`).join(', ')}) not counted: show the sheet in Excel, or name it with --sheet, if they belong in the report`,
  columnNotPlaced: (letter, header, hits, values, role) =>
    `column ${letter} "${header}" names no column the tool knows, yet ${hits} of the ${values} values looked at read as ${READ_AS[role]}: they are not read (the sheet has no ${role} column); give the column its role in a config ("columns": { "${header}": "${role}" })`,
  codesFromLegendSheet: (c, sheet, read) =>
    `${c} code${s(c)} of the roster read with the legend on sheet "${sheet}": ${read.join('; ')}${c > read.length ? '; …' : ''}: check that the legend is this roster's`,
  genderOneWritten: (column, written, writtenCount, blank) =>
    `gender column "${column}" names only ${written === 'female' ? 'women' : 'men'} (${writtenCount}) and leaves ${blank} blank: counted unknown, probably ${written === 'female' ? 'men' : 'women'}; write the gender in them`,
  unitCarriedDown: (c, people, header, rows) =>
    `${c} of ${people} people counted have an empty "${header}" cell right under a person with a unit (rows ${listed(rows, c)}): each is counted in the unit of the row above, as a roster that writes each unit once means; if a unit is really missing, write it on its row`,
  remarkNotCbcc: (c, people, header, example, rows) =>
    `${c} of ${people} people counted as cán bộ or công chức by their title have a "${header}" saying they work on a contract or part-time (e.g. "${example}", rows ${listed(rows, c)}): they are counted as their title says; if they are not CBCC, write "Hợp đồng" or "Không chuyên trách" in a staff-type column ("Loại"), and they are counted apart`,
  levelFromMerge: (c, columns, rows) =>
    `${c} people took ${columns.join(', ')} from a cell merged down over several rows (rows ${listed(rows, c)}): each is counted at the merged cell's value; if the merge was not meant, the cells under its first lost their own values — unmerge them and write each one`,
  staffTypeConflict: (c, rows, first) =>
    `${c} row${s(c)} (${listed(rows, c)}) give${c > 1 ? '' : 's'} in the staff-type column another staff type than the post the title names (row ${rows[0]}: ${first}): counted as the type column says; check them`,
  agesAtSeveralDates: (dates) =>
    `ages and retirement were counted at each roster's own date, and the rosters name ${dates.length} dates — ${dates.map((d) => `${d.date}${d.today ? ' (today: no date named, or a period not over)' : ''}: ${tablesOf(d.tables)}`).join('; ')}: the age figures mix them (the report names the latest); give --as-of for one date`,
};
