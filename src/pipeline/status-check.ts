/**
 * Two doubts about who is counted, found row by row on a sheet:
 * - people counted under a heading that says they left ("II. ĐÃ NGHỈ HƯU, CHUYỂN CÔNG TÁC TRONG NĂM");
 * - party cells left blank, counted as not members, in a column that writes most non-members out
 *   ("Không", "Quần chúng"): there a blank is as likely a cell nobody filled in.
 * Plain data in and out (counts/absorb), so a worker's part of a CSV adds up as the sheet check's does.
 */
import type { Collector, Place } from '../aggregate/collector.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ColumnInfo, Layout } from '../detect/layout.js';
import { isBlank } from '../normalize/cells.js';
import type { Person } from '../normalize/person.js';
import type { RawRow } from '../read/types.js';

const EXAMPLES = 5;

export interface StatusCounts {
  underLeft: number;
  underLeftRows: number[];
  leftHeading: string | undefined;
  partyBlank: number;
  partyBlankRows: number[];
  partyWrittenNo: number;
}

export class StatusCheck {
  private party?: ColumnInfo;
  private c: StatusCounts = {
    underLeft: 0,
    underLeftRows: [],
    leftHeading: undefined,
    partyBlank: 0,
    partyBlankRows: [],
    partyWrittenNo: 0,
  };

  constructor(private readonly place: Place) {}

  use(layout: Layout): void {
    this.party = layout.roles.get('partyMember');
  }

  add(row: RawRow, person: Person): void {
    const c = this.c;
    if (person.leftHeading !== undefined) {
      c.underLeft++;
      if (c.underLeftRows.length < EXAMPLES) c.underLeftRows.push(row.n);
      c.leftHeading ??= person.leftHeading;
    }
    if (this.party && person.levels.partyMember === 'no') {
      if (!isBlank(row.cells[this.party.index])) c.partyWrittenNo++;
      else {
        c.partyBlank++;
        if (c.partyBlankRows.length < EXAMPLES) c.partyBlankRows.push(row.n);
      }
    }
  }

  counts(): StatusCounts {
    return { ...this.c, underLeftRows: [...this.c.underLeftRows], partyBlankRows: [...this.c.partyBlankRows] };
  }

  absorb(after: StatusCounts): void {
    const c = this.c;
    c.underLeft += after.underLeft;
    c.underLeftRows.push(...after.underLeftRows.slice(0, EXAMPLES - c.underLeftRows.length));
    c.leftHeading ??= after.leftHeading;
    c.partyBlank += after.partyBlank;
    c.partyBlankRows.push(...after.partyBlankRows.slice(0, EXAMPLES - c.partyBlankRows.length));
    c.partyWrittenNo += after.partyWrittenNo;
  }

  finish(collector: Collector, people: number): void {
    const c = this.c;
    const where = { file: this.place.file, sheet: this.place.sheet };
    if (c.underLeft > 0)
      collector.doubts.push(
        said(
          'PEOPLE_UNDER_LEFT_HEADING',
          {
            key: 'peopleUnderLeftHeading',
            args: [c.underLeft, people, c.leftHeading!.slice(0, 60), c.underLeftRows],
          },
          { ...where, rows: c.underLeftRows, count: c.underLeft },
        ),
      );
    // Where most non-members are blank and a few written out, a blank is the column's way of saying no;
    // where most are written out, the blanks stand out as cells nobody filled in.
    if (c.partyBlank > 0 && c.partyBlank <= c.partyWrittenNo && this.party)
      collector.doubts.push(
        said(
          'PARTY_BLANK_BESIDE_NO',
          {
            key: 'partyBlankBesideNo',
            args: [c.partyBlank, this.party.header, c.partyBlankRows, c.partyWrittenNo],
          },
          { ...where, rows: c.partyBlankRows, count: c.partyBlank },
        ),
      );
  }
}
