/**
 * A warning in words of either language: a key of the text tables' `warnings` section
 * (render/text/warnings-vi.ts, warnings-en.ts) with the values it names, as errors have `Said`. The
 * English is the warning's `message` (the JSON's); the terminal, Excel and stderr say it in the
 * interface language. A warning without one keeps its English message everywhere.
 */
import type { Lang } from '../render/numbers.js';
import { textFor } from '../render/text/index.js';
import type { SheetWarningArgs, UnitWarningArgs } from './warning-args.js';
import type { ReportWarning, WarningCode } from './warnings.js';

/** A place of a sheet: the file, the sheet and its first rows (the rest "…" when `count` is more). */
export interface SaidPlace {
  file: string;
  sheet: string;
  rows: number[];
  count: number;
}

export interface WarningArgs extends SheetWarningArgs, UnitWarningArgs {
  dimensionMostlyUnknown: [dimension: string, unknown: number, total: number];
  unitMissing: [noUnit: number, named: number];
  dimensionKnownOneSide: [
    dimension: string,
    before: { unknown: number; total: number; label: string },
    after: { unknown: number; total: number; label: string },
    changed: number,
  ];
  inputsSamePeople: [files: string[], counted: number];
  duplicatePeople: [count: number, a: SaidPlace, b: SaidPlace];
}

export type WarningSaid = { [K in keyof WarningArgs]: { key: K; args: WarningArgs[K] } }[keyof WarningArgs];

/** The text tables' shape for the warnings' messages. */
export type WarningWords = { [K in keyof WarningArgs]: (...args: WarningArgs[K]) => string };

export function sayWarning(said: WarningSaid, lang: Lang): string {
  return (textFor(lang).warnings[said.key] as (...a: unknown[]) => string)(...said.args);
}

type CamelTail<S extends string> = S extends `${infer H}_${infer T}`
  ? `${Capitalize<Lowercase<H>>}${CamelTail<T>}`
  : Capitalize<Lowercase<S>>;
/** A code's key in the text tables: HIDDEN_ROWS → hiddenRows. */
export type SaidKey<C extends string> = C extends `${infer H}_${infer T}`
  ? `${Lowercase<H>}${CamelTail<T>}`
  : Lowercase<C>;

/** The key of a code's words, as the text tables spell it (warning-labels.test.ts checks every code has both). */
export function saidKey(code: WarningCode): string {
  return code.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** A warning whose message is said: its English `message` from the same words, under its code's own key. */
export function warned<C extends WarningCode>(
  code: C,
  said: Extract<WarningSaid, { key: SaidKey<C> }>,
  more: Omit<ReportWarning, 'code' | 'message' | 'said'> = {},
): ReportWarning & { code: C } {
  return { code, message: sayWarning(said, 'en'), ...more, said };
}

/** The warning's message in the interface language (its English when it has no words of its own). */
export function warningText(w: Pick<ReportWarning, 'message' | 'said'>, lang: Lang): string {
  return w.said ? sayWarning(w.said, lang) : w.message;
}
