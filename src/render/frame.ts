/**
 * The administrative frame of a report an office sends upward: who issues it, to whom, what it is,
 * the date its figures are as of, where and when it is signed, and who signs. Every human output (the
 * Excel workbooks, the Word report) draws the same frame from this one model; it is filled from the
 * options, the config's `report` section and the roster's own title block, in that order of precedence.
 */
import { formatVnDate, placeDateLine, type Ymd } from '../normalize/age.js';
import { FRAME_TEXT } from '../vocab/title-block.js';

export interface ReportFrame {
  /** The issuing agency, e.g. "UBND THÀNH PHỐ THÁI NGUYÊN" / "PHÒNG NỘI VỤ". */
  agency?: string;
  /** The agency above it, written above the agency ("UBND TỈNH THÁI NGUYÊN"). */
  superiorAgency?: string;
  /** The report's title ("BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC CẤP XÃ"). */
  title?: string;
  /** The document number ("15/BC-PNV"). */
  number?: string;
  /** The period the figures describe, named by the user or the roster ("Năm 2022", "Tháng 6/2026"). */
  period?: string;
  /** The date the figures are as of. */
  asOf?: Ymd;
  /** Place and date of signing ("Thái Nguyên", 2022-08-12). */
  place?: string;
  signedOn?: Ymd;
  /** The person who prepared it (người lập biểu) and the head who signs (thủ trưởng), with the title. */
  preparer?: string;
  signer?: string;
  signerTitle?: string;
  /** Quốc hiệu and tiêu ngữ ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc"). */
  nationalHeading?: boolean;
}

/** The part of the frame a user states (options, the config's `report` section): all but the as-of date. */
export type FrameSettings = Omit<ReportFrame, 'asOf'>;

/** Every field of FrameSettings, in the order the options and the config list them. */
export const FRAME_FIELDS = [
  'superiorAgency',
  'agency',
  'nationalHeading',
  'title',
  'number',
  'period',
  'place',
  'signedOn',
  'preparer',
  'signer',
  'signerTitle',
] as const satisfies ReadonlyArray<keyof FrameSettings>;

/** The frame fields of a command's option values (the rest left out). */
export function pickFrame(values: FrameSettings): FrameSettings {
  const out: Record<string, unknown> = {};
  for (const key of FRAME_FIELDS) if (values[key] !== undefined) out[key] = values[key];
  return out as FrameSettings;
}

/** What the frame is filled from, the first that names a field winning it. */
export interface FrameSources {
  /** The command's options (--agency, --signer …). */
  options?: FrameSettings;
  /** The config's `report` section. */
  config?: FrameSettings;
  /** The first roster's own title and signature blocks (normalize/title-block.ts). */
  titleBlock?: ReportFrame;
  /** --as-of when given: it wins over the date the title block names. */
  asOf?: Ymd;
  /** The date the figures were reckoned at when neither --as-of nor the title block names one. */
  reckonedAt?: Ymd;
}

/** Fields of the report itself, never taken from the roster's title block (it titles and numbers the list). */
const OWN_FIELDS: ReadonlySet<keyof FrameSettings> = new Set(['title', 'number', 'period']);

/**
 * The frame: each field from the options, else the config, else the roster's title block (but the
 * title, number and period, which are the report's own). The as-of
 * date from --as-of, else the title block, else the day the figures were reckoned at. The national
 * heading is drawn when a source asks for it, or when an agency is named and none refuses it.
 */
export function resolveFrame(sources: FrameSources): ReportFrame {
  const layers = [sources.options, sources.config, sources.titleBlock];
  const frame: ReportFrame = {};
  const set = frame as Record<string, unknown>;
  for (const field of FRAME_FIELDS) {
    // The roster's title and number are the list's, not this report's: only a user names those.
    const from = OWN_FIELDS.has(field) ? layers.slice(0, 2) : layers;
    const found = from.find((l) => l?.[field] !== undefined)?.[field];
    if (found !== undefined) set[field] = found;
  }
  const asOf = sources.asOf ?? sources.titleBlock?.asOf ?? sources.reckonedAt;
  if (asOf) frame.asOf = asOf;
  if (frame.nationalHeading === undefined && (frame.agency || frame.superiorAgency)) frame.nationalHeading = true;
  return frame;
}

/** The title block of a run: the first roster's (the first source read that has one). */
export function firstTitleBlock(
  sources: ReadonlyArray<{ status: string; titleBlock?: ReportFrame }>,
): ReportFrame | undefined {
  return sources.find((s) => s.status === 'ok' && s.titleBlock)?.titleBlock;
}

/** A line of the frame's top block: the agency side on the left, the national heading on the right. */
export interface FramePair {
  left?: string;
  right?: string;
  /** Bold on that side. */
  leftBold?: boolean;
  rightBold?: boolean;
}

/** The frame as lines to draw, the same for every writer (Excel sheets, the Word report). */
export interface FrameLines {
  /** Agencies and the national heading, then the number: empty when none is known and none asked. */
  top: FramePair[];
  /** The title, the period when named, "Số liệu tính đến ngày …" when an as-of date is known. */
  heading: Array<{ text: string; kind: 'title' | 'period' | 'asOf' }>;
  /** The signature block: the place-and-date line, roles, notes and names (blank to sign by hand). */
  signature: { placeDate: string; roles: [string, string]; notes: [string, string]; names: [string, string] };
}

export function frameLines(frame: ReportFrame, defaultTitle: string): FrameLines {
  const top: FramePair[] = [];
  const agencies = [frame.superiorAgency, frame.agency].filter((a): a is string => a !== undefined);
  const national = frame.nationalHeading === true ? [FRAME_TEXT.nationalHeading, FRAME_TEXT.motto] : [];
  for (let i = 0; i < Math.max(agencies.length, national.length); i++) {
    const pair: FramePair = {};
    if (agencies[i] !== undefined) Object.assign(pair, { left: agencies[i], leftBold: i === agencies.length - 1 });
    if (national[i] !== undefined) Object.assign(pair, { right: national[i], rightBold: true });
    top.push(pair);
  }
  if (frame.number) top.push({ left: FRAME_TEXT.number(frame.number) });
  const heading: FrameLines['heading'] = [{ text: frame.title ?? defaultTitle, kind: 'title' }];
  if (frame.period) heading.push({ text: frame.period, kind: 'period' });
  if (frame.asOf) heading.push({ text: FRAME_TEXT.asOf(formatVnDate(frame.asOf)), kind: 'asOf' });
  return {
    top,
    heading,
    signature: {
      placeDate: frame.signedOn ? placeDateLine(frame.place, frame.signedOn) : FRAME_TEXT.placeDateBlank(frame.place),
      roles: [FRAME_TEXT.preparer, frame.signerTitle ?? FRAME_TEXT.signerTitle],
      notes: [FRAME_TEXT.preparerNote, FRAME_TEXT.signerNote],
      names: [frame.preparer ?? '', frame.signer ?? ''],
    },
  };
}
