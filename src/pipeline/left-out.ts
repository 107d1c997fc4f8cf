/**
 * A folder given as an input is read one level deep, rosters only: a folder inside it (one commune's
 * files) or a roster saved as .docx or .pdf is not counted. Said as INPUTS_LEFT_OUT, one warning per
 * folder, never a total that is silently short.
 */
import type { ReportWarning } from '../aggregate/warnings.js';
import type { LeftOut } from '../read/inputs.js';

const SHOWN = 10;

export function leftOutWarnings(leftOut: readonly LeftOut[]): ReportWarning[] {
  const byFolder = new Map<string, LeftOut[]>();
  for (const x of leftOut) byFolder.set(x.folder, [...(byFolder.get(x.folder) ?? []), x]);
  return [...byFolder].map(([folder, items]) => {
    const folders = items.filter((x) => x.kind === 'folder').map((x) => `${x.name}/`);
    const files = items.filter((x) => x.kind === 'file').map((x) => x.name);
    const list = (xs: string[]) => `${xs.slice(0, SHOWN).join(', ')}${xs.length > SHOWN ? ', …' : ''}`;
    const some = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const parts = [
      folders.length > 0 ? `${some(folders.length, 'folder')} inside it, not opened (${list(folders)})` : '',
      files.length > 0 ? `${some(files.length, 'file')} not of a roster type (${list(files)})` : '',
    ].filter(Boolean);
    return {
      code: 'INPUTS_LEFT_OUT' as const,
      message: `the folder ${folder} holds ${parts.join(' and ')}: nothing in them is counted; give a folder inside as an input of its own (or "${folder}/**/*.xlsx"), save a roster as .xlsx`,
      file: folder,
      count: items.length,
    };
  });
}
