/** One person as the aggregate sees them: a level for every dimension, and what was not understood. */
import type {
  BaseDimension,
  Dimension,
  DimensionId,
  ExtraDimension,
  JudgedDimension,
  Level,
} from '../vocab/dimensions.js';
import type { PartialDate } from './dates.js';
import type { RetirementState } from './retirement.js';

/**
 * A level for each of the five and for the others when their column exists. Rows with the same
 * category cells share one Levels object (a profile), which tallies count by identity.
 */
export type Levels = { [D in BaseDimension]: Level<D> } & { [D in ExtraDimension | JudgedDimension]?: Level<D> };

/** Someone whose field of training does not fit their post: the field as written and what it was read as. */
export interface Misfit {
  field: string;
  families: string[];
  /** The posts the title names, whose accepted families the field is not among. */
  posts: string[];
}

export interface UnknownValue {
  dimension: Dimension | DimensionId;
  /** The header of the column the value came from. */
  column: string;
  value: string;
}

export interface Person {
  row: number;
  name: string;
  unit: string;
  title: string;
  id: string;
  levels: Levels;
  /** The age group, when the roster has birth dates (counted apart from the shared levels). */
  ageGroup?: string;
  /** Completed years at the report's date, when a birth date was given. */
  age?: number;
  /** Only a year of birth was given (counted as born on 1 July). */
  birthYearOnly?: boolean;
  birth?: PartialDate;
  ethnicGroup?: string;
  /** The phòng/ban (Cơ quan công tác), when the roster has the column: `--by agency` groups by it. */
  agency?: string;
  /** The heading above the row that says its people left ("II. ĐÃ NGHỈ HƯU, CHUYỂN CÔNG TÁC"), as written. */
  leftHeading?: string;
  /** The unit cell was empty and the person right above had a unit: counted in it (said, UNIT_CARRIED_DOWN). */
  unitCarried?: true;
  /** With --retiring-within: past retirement age, reaching it within the years asked, or later. */
  retirement?: RetirementState | 'unknown';
  /** With --standards: the group assessed and what is lacking; null when no group applies. */
  standard?: { group: string; lacks: string[] } | null;
  /** With the fieldFit dimension: why the field does not fit the post (only for those who do not fit). */
  misfit?: Misfit;
  unknown: UnknownValue[];
  /** Things worth a look that did not stop the row being counted ("two levels ticked"). */
  warnings: string[];
}

/** Why a row was not counted. The ids are stable (JSON); the labels are for people. */
export const SKIP_REASONS = {
  'title block': 'khối tiêu đề phía trên dòng tiêu đề cột',
  header: 'dòng tiêu đề cột',
  blank: 'dòng trống',
  section: 'dòng tên đơn vị hoặc nhóm (áp dụng cho các dòng bên dưới)',
  subtotal: 'dòng cộng, tổng cộng',
  signature: 'khối chữ ký',
  'repeated header': 'dòng tiêu đề lặp lại',
  'column numbers': 'dòng đánh số cột',
  'no values in recognised columns': 'không có giá trị ở các cột nhận diện được',
  ignored: 'bỏ qua theo tệp cấu hình',
  note: 'ghi chú, chú thích dưới bảng',
  hidden: 'dòng bị ẩn trong bảng tính',
  'field codes': 'dòng mã trường dữ liệu',
  'counts table': 'bảng số lượng theo đơn vị dưới danh sách (không phải người)',
  'second line': 'dòng thứ hai của người ở dòng trên (gộp vào người đó)',
  'vacant post': 'chức danh còn khuyết, chưa có người (không phải người)',
  'other list': 'danh sách khác dưới danh sách cán bộ (quy hoạch, khen thưởng, …): không được đếm',
} as const;

export type SkipReason = keyof typeof SKIP_REASONS;

/** What a section or subtotal row says of the people it covers: how many, and counts in level columns. */
export interface Stated {
  count?: number;
  /** Numbers written in tick columns: [dimension, level, header, count]. */
  levels: Array<{ dimension: string; level: string; header: string; count: number }>;
}

export type RowResult =
  | {
      kind: 'person';
      person: Person;
      /** Why the row may not be a person after all: said out loud, the row still counted. */
      doubt?: string;
      /** The name cell starts with a number ("1. Nguyễn Văn Quang"): the roster's style when every name does. */
      numberedName?: true;
    }
  | {
      kind: 'skip';
      reason: SkipReason;
      text?: string;
      /** Section rows: what the heading sets for the rows below. */
      section?: 'unit' | 'staffType';
      /** Section and subtotal rows: the figures they state, cross-checked against the people counted. */
      stated?: Stated;
      /** A unit heading that names no unit ("Đơn vị:"): its people take the sheet's unit, said out loud. */
      unnamed?: true;
    };
