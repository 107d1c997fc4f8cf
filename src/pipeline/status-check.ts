/**
 * Doubts about who is counted, found row by row on a sheet:
 * - people counted under a heading that says they left ("II. ĐÃ NGHỈ HƯU, CHUYỂN CÔNG TÁC TRONG NĂM");
 * - party cells left blank, counted as not members, in a column that writes most non-members out
 *   ("Không", "Quần chúng"): there a blank is as likely a cell nobody filled in;
 * - people counted as cán bộ or công chức whose remark says they work on a contract ("Hợp đồng").
 * Plain data in and out (counts/absorb), so a worker's part of a CSV adds up as the sheet check's does.
 */
import type { Collector, Place } from '../aggregate/collector.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ColumnInfo, Layout } from '../detect/layout.js';
import { isBlank, text } from '../normalize/cells.js';
import { headerKey } from '../normalize/text.js';
import { NOT_CBCC_REMARKS, REMARK_HEADERS } from '../vocab/leavers.js';
import type { Person } from '../normalize/person.js';
import type { RawRow } from '../read/types.js';

const EXAMPLES = 5;

const REMARK_KEYS = REMARK_HEADERS.map(headerKey);
const NOT_CBCC_KEYS = NOT_CBCC_REMARKS.map((w) => ` ${headerKey(w)} `);

/** A column with no role headed "Ghi chú", "Tình trạng" …: where a roster says who left, or who is on a contract. */
export function remarksColumn(layout: Layout): ColumnInfo | undefined {
  return layout.columns.find((c) => {
    if (c.use.kind !== 'none') return false;
    const key = headerKey(c.texts[c.texts.length - 1] ?? '');
    return REMARK_KEYS.some((w) => key === w || key.startsWith(`${w} `));
  });
}

/** Whether a remark says its person works on a contract or part-time (NOT_CBCC_REMARKS, whole words). */
export function saysNotCbcc(remark: string): boolean {
  const key = ` ${headerKey(remark)} `;
  return NOT_CBCC_KEYS.some((w) => key.includes(w));
}

export interface StatusCounts {
  underLeft: number;
  underLeftRows: number[];
  leftHeading: string | undefined;
  partyBlank: number;
  partyBlankRows: number[];
  partyWrittenNo: number;
  contract: number;
  contractRows: number[];
  contractRemark: string | undefined;
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
    contract: 0,
    contractRows: [],
    contractRemark: undefined,
  };
  private remarks?: ColumnInfo;

  constructor(private readonly place: Place) {}

  use(layout: Layout): void {
    this.party = layout.roles.get('partyMember');
    this.remarks = remarksColumn(layout);
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
    const type = person.levels.staffType;
    if (this.remarks && (type === 'canBo' || type === 'congChuc')) {
      const said = text(row.cells[this.remarks.index]);
      if (said !== '' && saysNotCbcc(said)) {
        c.contract++;
        if (c.contractRows.length < EXAMPLES) c.contractRows.push(row.n);
        c.contractRemark ??= said;
      }
    }
  }

  counts(): StatusCounts {
    return {
      ...this.c,
      underLeftRows: [...this.c.underLeftRows],
      partyBlankRows: [...this.c.partyBlankRows],
      contractRows: [...this.c.contractRows],
    };
  }

  absorb(after: StatusCounts): void {
    const c = this.c;
    c.underLeft += after.underLeft;
    c.underLeftRows.push(...after.underLeftRows.slice(0, EXAMPLES - c.underLeftRows.length));
    c.leftHeading ??= after.leftHeading;
    c.partyBlank += after.partyBlank;
    c.partyBlankRows.push(...after.partyBlankRows.slice(0, EXAMPLES - c.partyBlankRows.length));
    c.partyWrittenNo += after.partyWrittenNo;
    c.contract += after.contract;
    c.contractRows.push(...after.contractRows.slice(0, EXAMPLES - c.contractRows.length));
    c.contractRemark ??= after.contractRemark;
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
    if (c.contract > 0 && this.remarks)
      collector.doubts.push(
        said(
          'REMARK_NOT_CBCC',
          {
            key: 'remarkNotCbcc',
            args: [c.contract, people, this.remarks.header, c.contractRemark!.slice(0, 40), c.contractRows],
          },
          { ...where, rows: c.contractRows, count: c.contract },
        ),
      );
  }
}
