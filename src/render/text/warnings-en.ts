/** The warnings' messages in English (`warnings` of text/en.ts): each is also the JSON's `message`. */
import type { SaidPlace, WarningWords } from '../../aggregate/warning-said.js';
import { sheetWarningsEn } from './warnings-sheet-en.js';
import { unitWarningsEn } from './warnings-units-en.js';

const rows = (p: SaidPlace) =>
  `${p.rows.length === 1 ? 'row' : 'rows'} ${p.rows.join(', ')}${p.count > p.rows.length ? ', …' : ''}`;
const place = (p: SaidPlace) => `${p.file} sheet "${p.sheet}" (${rows(p)})`;

export const warningsEn: WarningWords = {
  ...sheetWarningsEn,
  ...unitWarningsEn,
  dimensionMostlyUnknown: (dimension, unknown, total) =>
    `${dimension}: ${unknown} of ${total} people are unknown (no column for it, or values not understood)`,
  unitMissing: (noUnit, named) => `${noUnit} people have no unit while the others are in ${named} units`,
  dimensionKnownOneSide: (d, a, b, changed) =>
    `${d}: unknown for ${a.unknown} of ${a.total} people in ${a.label} and ${b.unknown} of ${b.total} in ${b.label} (a column one roster has and the other lacks, or values not read): its change is of the rosters, not of people${changed > 0 ? `; ${changed} people listed as changed to or from unknown are among them` : ''}`,
  inputsSamePeople: (files, counted) =>
    `${files.length} inputs hold mostly the same people (${files.join(', ')}; ${counted} rows counted in all): they look like one roster at ${files.length} dates, and adding them up counts each person once per input; give each period its own columns with --series (or one report each with --each)`,
  duplicatePeople: (count, a, b) =>
    `${count} ${count === 1 ? 'person is' : 'people are'} counted twice (same id, or same name and birth date): in ${place(a)} and in ${place(b)}`,
};
