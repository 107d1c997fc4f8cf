/**
 * Two title columns side by side: "Chức vụ Đảng | Chức vụ chính quyền", "Chức vụ | Chức danh kiêm nhiệm".
 * The first holds the title role; the second, which lost it, is read with it (normalize/levels.ts
 * titleOf), so that a person with only a post in the second ("Công chức Tư pháp - Hộ tịch" under "Chức
 * vụ chính quyền") is not of unknown staff type. Not a column of a former title ("Chức vụ cũ", "Chức vụ
 * trước 1/7/2025"), nor one of a second table beside the first (a second name column stands to its left),
 * nor one whose header only holds the words ("Phụ cấp chức vụ", "Năm giữ chức vụ").
 */
import type { ColumnUse } from './layout.js';
import { matchRole } from './roles.js';
import { asciiKey } from '../normalize/text.js';
import type { ColumnRole } from '../vocab/columns.js';

/** Words of a header naming a title held before: such a column is not the person's post now. */
const FORMER = /(?:^|[\s(])(?:cu|truoc|nguyen|da giu|truoc day)\b/;
/** A header that opens with "Chức vụ" or "Chức danh" (its diacritics off). */
const POST_HEADER = /^chuc (?:vu|danh)\b/;

interface PartDraft {
  index: number;
  texts: readonly string[];
  header: string;
  use: ColumnUse;
  note: string | undefined;
}

export function joinTitleParts<D extends PartDraft>(drafts: readonly D[], holders: ReadonlyMap<ColumnRole, D>): void {
  const title = holders.get('title');
  const name = holders.get('name');
  if (!title) return;
  for (const d of drafts) {
    if (d.use.kind !== 'none' || d.header === title.header || FORMER.test(asciiKey(d.header))) continue;
    const lowest = d.texts.at(-1) ?? '';
    // A second name column to the left: a table beside the first, whose title is its own.
    if (
      name &&
      drafts.some((o) => o.index > name.index && o.index < d.index && matchRole(o.texts.at(-1) ?? '')?.role === 'name')
    )
      return;
    // Its header opens with the post's words: "Phụ cấp chức vụ", "Ngày bổ nhiệm chức vụ" hold no post.
    if (!POST_HEADER.test(asciiKey(lowest)) || matchRole(lowest)?.role !== 'title') continue;
    d.use = { kind: 'titlePart' };
    d.note = `read with the title "${title.header}"`;
  }
}
