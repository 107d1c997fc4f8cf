/**
 * The config's `report` section: the administrative frame of the report (src/render/frame.ts), stated
 * once for an office so that every run signs the same way. The options of the same names override it.
 */
import { parseUserDate } from '../normalize/age.js';
import { FRAME_FIELDS, type FrameSettings } from '../render/frame.js';
import { entries, fail, isRecord } from './config.js';
import { mustBe, notOneOf, unknownKey } from './said.js';

export function parseReportSection(file: string, raw: unknown): FrameSettings {
  if (!isRecord(raw)) fail(file, mustBe('report', 'reportObject'));
  const out: FrameSettings = {};
  const set = out as Record<string, unknown>;
  for (const [key, value] of entries(raw)) {
    if (!(FRAME_FIELDS as readonly string[]).includes(key)) fail(file, unknownKey(`report.${key}`, FRAME_FIELDS));
    if (key === 'nationalHeading') {
      if (typeof value !== 'boolean') fail(file, mustBe('report.nationalHeading', 'boolean'));
      out.nationalHeading = value;
    } else if (typeof value !== 'string' || value.trim() === '') fail(file, mustBe(`report.${key}`, 'text'));
    else if (key === 'signedOn') {
      const date = parseUserDate(value);
      if (!date) fail(file, notOneOf('report.signedOn', value, 'date', ['dd/mm/yyyy or YYYY-MM-DD']));
      out.signedOn = date;
    } else set[key] = value.trim();
  }
  return out;
}
