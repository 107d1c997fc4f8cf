/**
 * The administrative frame of a report an office sends upward: who issues it, to whom, what it is,
 * the date its figures are as of, where and when it is signed, and who signs. Every human output (the
 * Excel workbooks, the Word report) draws the same frame from this one model; it is filled from the
 * options, the config's `report` section and the roster's own title block, in that order of precedence.
 */
import type { Ymd } from '../normalize/age.js';

export interface ReportFrame {
  /** The issuing agency, e.g. "UBND THÀNH PHỐ THÁI NGUYÊN" / "PHÒNG NỘI VỤ". */
  agency?: string;
  /** The agency above it, written above the agency ("UBND TỈNH THÁI NGUYÊN"). */
  superiorAgency?: string;
  /** The report's title ("BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC CẤP XÃ"). */
  title?: string;
  /** The document number ("15/BC-PNV"). */
  number?: string;
  /** The period the figures describe, named by the user or the roster ("Năm 2022", "Tháng 6/2026"). */
  period?: string;
  /** The date the figures are as of. */
  asOf?: Ymd;
  /** Place and date of signing ("Thái Nguyên", 2022-08-12). */
  place?: string;
  signedOn?: Ymd;
  /** The person who prepared it (người lập biểu) and the head who signs (thủ trưởng), with the title. */
  preparer?: string;
  signer?: string;
  signerTitle?: string;
  /** Quốc hiệu and tiêu ngữ ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc"). */
  nationalHeading?: boolean;
}
