/**
 * The Word report's signing line: the place-and-date line every output writes (placeDateLine), with
 * blanks to fill by hand where the place or the date is not known.
 */
import { placeDateLine, type Ymd } from '../../normalize/age.js';
import { FRAME_TEXT } from '../../vocab/title-block.js';

/** "Thái Nguyên, ngày 05 tháng 02 năm 2022"; "…………, ngày …… tháng …… năm ……" when nothing is known. */
export function signingLine(place: string | undefined, d: Ymd | undefined): string {
  return d ? placeDateLine(place ?? '…………', d) : FRAME_TEXT.placeDateBlank(place);
}
