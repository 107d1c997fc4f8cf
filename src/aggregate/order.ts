/**
 * How the report orders things: names in Vietnamese collation, and the keys of the JSON contract.
 */
import type { Report } from './contract.js';
import { viComparer } from './vi-collation.js';

/** Intl.Collator('vi')'s order, without loading ICU's collation data for the names it knows (vi-collation.ts). */
export const collator = { compare: viComparer(false) };

/** Unit names: the numbers in them by value ("Phường 2" before "Phường 10", as every office lists them). */
export const unitCollator = { compare: viComparer(true) };

/**
 * The JSON contract's key order: every field of Report, in the order printed. A field of Report left out
 * here is a type error, not a key silently dropped from the JSON.
 */
const KEY_ORDER = {
  total: true,
  units: true,
  // Doubts first after the headcount: a reader of the JSON meets them before any figure.
  warnings: true,
  dimensions: true,
  derived: true,
  age: true,
  retirement: true,
  ethnicGroups: true,
  standards: true,
  fieldFit: true,
  crossTabs: true,
  groupBy: true,
  groups: true,
  rows: true,
  unknownValues: true,
  unitNames: true,
  sources: true,
  options: true,
  tool: true,
} as const satisfies Record<keyof Report, true>;

const KEYS = Object.keys(KEY_ORDER) as Array<keyof Report>;

/** The report with its keys in the contract's order; optional parts only when present. */
export function reorder(r: Report): Report {
  const out: Partial<Record<keyof Report, unknown>> = {};
  for (const key of KEYS) if (r[key] !== undefined) out[key] = r[key];
  return out as Report;
}
