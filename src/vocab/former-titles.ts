/**
 * Words that say a title is a post its holder held before, not the one they hold now (review rv26):
 * "nguyên Chủ tịch UBND xã Sơn Cẩm", "Chủ tịch UBND xã Sơn Cẩm (cũ)", "Phó Chủ tịch UBND xã Quang Vinh
 * cũ" — on a 2026 roster, the post of a commune the 1 July 2025 merger ended. Such a title names no
 * post now held: it gives no staff type and is said. Words that bring the post held now ("…, nay là
 * Chuyên viên Phòng Kinh tế") make the title read as what follows them. Matched with case folded. After a
 * post, the marks of a unit of before the reform say it too ("(cũ)", "- trước sắp xếp": unit-names.ts
 * OLD_UNIT_MARKS, read by normalize/units.ts hasOldMark), and so does "cũ" as the title's last word.
 */

/** Words before a post saying it is a former one ("cựu" is not: "Cựu chiến binh" is a veteran). */
export const FORMER_LEADING_WORDS: readonly string[] = ['nguyên', 'từng là', 'trước đây là'];

/** Words that bring the post held now, after a former one: the title is read from after them. */
export const NOW_WORDS: readonly string[] = ['hiện nay là', 'hiện là', 'nay là', 'nay giữ chức', 'hiện giữ chức'];
