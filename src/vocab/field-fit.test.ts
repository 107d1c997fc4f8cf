/** The table of posts → fields is one with the table of posts, and the field families do not overlap. */
import { describe, expect, it } from 'vitest';
import { foldKey } from '../normalize/text.js';
import { FIT_RULES } from './field-fit.js';
import { FIELD_FAMILIES, FIELD_SPELLINGS } from './fields.js';
import { POSTS } from './posts.js';

describe('the table of posts → fields', () => {
  it('names only posts of the table of posts', () => {
    const ids = new Set(POSTS.map((p) => p.id));
    expect(FIT_RULES.filter((r) => !ids.has(r.post)).map((r) => r.post)).toEqual([]);
  });

  it('has a line for every cán bộ and công chức post (none is left unknown by omission)', () => {
    const ruled = new Set(FIT_RULES.map((r) => r.post));
    const posts = POSTS.filter((p) => !p.generic && (p.staffType === 'canBo' || p.staffType === 'congChuc'));
    expect(posts.filter((p) => !ruled.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('has one line per post', () => {
    const posts = FIT_RULES.map((r) => r.post);
    expect(posts.length).toBe(new Set(posts).size);
  });

  it('cites a law only where one names the field (Tư pháp - Hộ tịch)', () => {
    expect(FIT_RULES.filter((r) => r.basis === 'law').map((r) => r.post)).toEqual(['Tư pháp - Hộ tịch']);
  });
});

describe('the field families', () => {
  it('give no spelling to two families', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of FIELD_FAMILIES)
      for (const s of FIELD_SPELLINGS[f]) {
        const k = foldKey(s);
        if (owner.has(k) && owner.get(k) !== f) clashes.push(s);
        owner.set(k, f);
      }
    expect(clashes).toEqual([]);
  });
});
