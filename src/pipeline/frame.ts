/**
 * The frame of a run's human outputs (src/render/frame.ts), from what the run has: the command's
 * options, the config's `report` section and the title block of the report's first roster.
 */
import type { Report } from '../aggregate/contract.js';
import { parseYmd, type Ymd } from '../normalize/age.js';
import { firstTitleBlock, pickFrame, resolveFrame, type FrameSettings, type ReportFrame } from '../render/frame.js';
import type { AnalyzeOptions } from './options.js';

/** The frame of a report's human outputs: the options, else the config's `report`, else its roster's title block. */
export function frameOf(
  opts: FrameSettings & { asOf?: Ymd },
  options: AnalyzeOptions,
): (report: Report) => ReportFrame {
  return (report) =>
    resolveFrame({
      options: pickFrame(opts),
      ...(options.config?.report ? { config: options.config.report } : {}),
      ...(firstTitleBlock(report.sources) ? { titleBlock: firstTitleBlock(report.sources)! } : {}),
      ...(opts.asOf ? { asOf: opts.asOf } : {}),
      ...reckonedAt(options, report),
    });
}

/** The day the figures were reckoned at: the run's, else the one the report's ages were counted at. */
function reckonedAt(options: AnalyzeOptions, report: Report): { reckonedAt?: Ymd } {
  const day = options.asOf ?? (report.age ? parseYmd(report.age.asOf) : undefined);
  return day ? { reckonedAt: day } : {};
}
