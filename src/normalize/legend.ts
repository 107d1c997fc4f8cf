/**
 * Codes a header explains in brackets: "Giới tính (Nam: 1, Nữ: 2)", "Giới tính (1: Nam, 0: Nữ)",
 * "Đảng viên (1: có, 0: không)". Each pair is a short code (one or two digits, or one letter) and a
 * value the dimension's spellings know; the code is then read as that value, in that column only.
 */
import { foldKey } from './text.js';

const BRACKETS = /\(([^()]*)\)/g;
const CODE = /^(?:\d{1,2}|[A-Za-z])$/;

/** The legend of a header: folded code → level; undefined when it explains no code. */
export function headerLegend<L extends string>(
  header: string,
  classify: (text: string) => L | undefined,
): ReadonlyMap<string, L> | undefined {
  const legend = new Map<string, L>();
  for (const [, inside] of header.matchAll(BRACKETS))
    for (const pair of inside!.split(/[,;]/)) {
      const sides = pair.split(/[:=]/).map((s) => s.trim());
      if (sides.length !== 2) continue;
      const [a, b] = sides as [string, string];
      const level = CODE.test(a) ? classify(b) : CODE.test(b) ? classify(a) : undefined;
      if (level !== undefined) legend.set(foldKey(CODE.test(a) ? a : b), level);
    }
  return legend.size > 0 ? legend : undefined;
}
