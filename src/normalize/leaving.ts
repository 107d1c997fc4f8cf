/**
 * Whether a text — a remark, a heading over a group of rows — says the people it covers have left: a leaving
 * phrase of src/vocab/leavers.ts as whole words, not after a word saying it has not happened yet ("Chờ nghỉ
 * hưu") and not followed by "từ" and a place ("Điều động từ Sở Tài chính về": someone who came).
 */
import { ARRIVED_AFTER, DATE_WORDS, LEFT_PHRASES, NOT_YET_WORDS } from '../vocab/leavers.js';
import { headerKey } from './text.js';

const LEFT_KEYS = LEFT_PHRASES.map(headerKey);
const NOT_YET_KEYS = NOT_YET_WORDS.map(headerKey);
const ARRIVED_KEYS = ARRIVED_AFTER.map(headerKey);
/** "từ" then a date, perhaps after "ngày"/"tháng"/"năm": a date, not a place. */
const THEN_DATE = new RegExp(`^\\S+ (?:(?:${DATE_WORDS.map(headerKey).join('|')}) )?\\d`, 'u');

/** Whether a text names leaving at all, done or not ("Dự kiến nghỉ hưu năm 2027" too). */
export function mentionsLeaving(said: string): boolean {
  const key = ` ${headerKey(said)} `;
  return LEFT_KEYS.some((phrase) => key.includes(` ${phrase} `));
}

export function namesLeaving(said: string): boolean {
  const key = ` ${headerKey(said)} `;
  for (const phrase of LEFT_KEYS) {
    let at = key.indexOf(` ${phrase} `);
    while (at >= 0) {
      const before = key.slice(0, at + 1);
      const after = key.slice(at + phrase.length + 2);
      const notYet = NOT_YET_KEYS.some((w) => before.endsWith(` ${w} `));
      const arrived = ARRIVED_KEYS.some((w) => after.startsWith(`${w} `) && !THEN_DATE.test(after));
      if (!notYet && !arrived) return true;
      at = key.indexOf(` ${phrase} `, at + 1);
    }
  }
  return false;
}
