/**
 * The config's `report` section: the administrative frame of the report (src/render/frame.ts), stated
 * once for an office so that every run signs the same way. The options of the same names override it.
 */
import { parseUserDate } from '../normalize/age.js';
import { FRAME_FIELDS, type FrameSettings } from '../render/frame.js';
import { entries, fail, isRecord } from './config.js';

export function parseReportSection(file: string, raw: unknown): FrameSettings {
  if (!isRecord(raw)) fail(file, '"report" must be an object (agency, signer, signedOn …)');
  const out: FrameSettings = {};
  const set = out as Record<string, unknown>;
  for (const [key, value] of entries(raw)) {
    if (!(FRAME_FIELDS as readonly string[]).includes(key))
      fail(file, `unknown key "report.${key}" (known: ${FRAME_FIELDS.join(', ')})`);
    if (key === 'nationalHeading') {
      if (typeof value !== 'boolean') fail(file, '"report.nationalHeading" must be true or false');
      out.nationalHeading = value;
    } else if (typeof value !== 'string' || value.trim() === '') fail(file, `"report.${key}" must be a text`);
    else if (key === 'signedOn') {
      const date = parseUserDate(value);
      if (!date) fail(file, `"report.signedOn": "${value}" is not a date (dd/mm/yyyy or YYYY-MM-DD)`);
      out.signedOn = date;
    } else set[key] = value.trim();
  }
  return out;
}
