/**
 * When V8 optimizes (issue 17: start-up of a small report). V8 compiles a function with its optimizing
 * compiler (TurboFan) once the function has run through its "interrupt budget" of bytecode; on a
 * roster of a few hundred rows most of those compilations finish after the function's last call, and
 * they took about a quarter of the process's CPU (a 636-row report: 0.27 s → 0.19 s of user + sys
 * with a budget 16 times V8's). bin/cbcc-stats.js raises the budget before it compiles the bundle (the
 * code cache records the flags it was made with, so it is set there, before the cache is read, in the
 * build's run and in every other); once the inputs opened reach LARGE_INPUT_BYTES, `noteInputBytes`
 * puts V8's own budget back, because on 100,000 rows the late optimizing costs 7–15% more than it saves.
 * Set only on the V8 whose default is known here (Node 20's 11.3): on another, V8's flags are left as
 * they are, the output the same.
 */
import { setFlagsFromString } from 'node:v8';

/** Node 20's V8 (11.3): its default `--interrupt-budget` (`node --v8-options`). */
const KNOWN_V8 = '11.3.';
const V8_DEFAULT_BUDGET = 67_584;
/** What bin/cbcc-stats.js sets at start (its own copy of this value; src/cli/start-up.test.ts holds them equal). */
export const START_BUDGET = 16 * V8_DEFAULT_BUDGET;
/** Inputs opened in this thread past this many bytes on disk (an xlsx of ~45,000 rows, a CSV of ~25,000): V8's budget again. */
export const LARGE_INPUT_BYTES = 4 * 1024 * 1024;

export const startFlag = `--interrupt-budget=${START_BUDGET}`;
/**
 * Also set by bin/cbcc-stats.js at start, and left for large inputs too: a regular expression compiled to
 * machine code at its first use, not to bytecode first and again to machine code at its second. Each
 * compiling parses the pattern anew, and a class such as \p{L} is built from Unicode's tables each time:
 * on the 636-row sample, a tenth of the instructions the report adds to Node's own start went into
 * building such classes; this flag takes about 80 of its 1,230 million instructions (valgrind).
 */
export const regexpFlag = '--no-regexp-tier-up';
export const defaultFlag = `--interrupt-budget=${V8_DEFAULT_BUDGET}`;

let opened = 0;
let restored = false;

/** Whether this V8 is the one whose budget bin/cbcc-stats.js raises. */
export function budgetKnown(v8Version: string = process.versions.v8): boolean {
  return v8Version.startsWith(KNOWN_V8);
}

/** Counts an input about to be read; the first time the inputs opened pass LARGE_INPUT_BYTES, V8's budget is put back. */
export function noteInputBytes(bytes: number): void {
  opened += bytes;
  if (restored || opened < LARGE_INPUT_BYTES || !budgetKnown()) return;
  restored = true;
  setFlagsFromString(defaultFlag);
}
