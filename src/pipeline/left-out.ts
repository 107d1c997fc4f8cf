/**
 * A folder given as an input is read one level deep, rosters only: a folder inside it (one commune's
 * files) or a roster saved as .docx or .pdf is not counted. Said as INPUTS_LEFT_OUT, one warning per
 * folder, never a total that is silently short.
 */
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import type { LeftOut } from '../read/inputs.js';

const SHOWN = 10;

export function leftOutWarnings(leftOut: readonly LeftOut[]): ReportWarning[] {
  const byFolder = new Map<string, LeftOut[]>();
  for (const x of leftOut) byFolder.set(x.folder, [...(byFolder.get(x.folder) ?? []), x]);
  return [...byFolder].map(([folder, items]) => {
    const folders = items.filter((x) => x.kind === 'folder').map((x) => `${x.name}/`);
    const files = items.filter((x) => x.kind === 'file').map((x) => x.name);
    const some = (xs: string[]) => ({ shown: xs.slice(0, SHOWN), count: xs.length });
    return said(
      'INPUTS_LEFT_OUT',
      { key: 'inputsLeftOut', args: [folder, some(folders), some(files)] },
      { file: folder, count: items.length },
    );
  });
}
