/**
 * The config's `fieldFit` section: which field families fit a post (a province's list replacing the
 * tool's default), more spellings of a family, and `fromEducation` to read majors written inside
 * education cells when the roster has no field column. Posts are named by their id or any spelling
 * of the table of posts (vocab/posts.ts); a name that is not a post is an error, never ignored.
 */
import type { FieldFitSettings } from '../normalize/field-fit.js';
import { foldKey } from '../normalize/text.js';
import { FIELD_FAMILIES, type FieldFamily } from '../vocab/fields.js';
import { POSTS } from '../vocab/posts.js';
import { entries, fail, isRecord, strings } from './config.js';
import { mustBe, notOneOf, unknownKey } from './said.js';

/** Folded id or spelling → post id (generic entries name no post). */
const POST_BY_KEY = new Map<string, string>();
for (const post of POSTS) {
  if (post.generic) continue;
  for (const s of [post.id, post.name, ...post.spellings])
    if (!POST_BY_KEY.has(foldKey(s))) POST_BY_KEY.set(foldKey(s), post.id);
}

function families(file: string, path: string, v: unknown): FieldFamily[] {
  const list = strings(file, path, v);
  for (const f of list)
    if (!(FIELD_FAMILIES as readonly string[]).includes(f)) fail(file, notOneOf(path, f, 'family', FIELD_FAMILIES));
  return list as FieldFamily[];
}

export function parseFieldFit(file: string, raw: unknown): FieldFitSettings {
  if (!isRecord(raw)) fail(file, mustBe('fieldFit', 'fieldFitObject'));
  const out: FieldFitSettings = {};
  for (const [key, value] of entries(raw)) {
    if (key === 'fromEducation') {
      if (typeof value !== 'boolean') fail(file, mustBe('fieldFit.fromEducation', 'boolean'));
      out.fromEducation = value;
    } else if (key === 'posts') {
      if (!isRecord(value)) fail(file, mustBe('fieldFit.posts', 'postsMap'));
      const posts = new Map<string, FieldFamily[]>();
      for (const [name, list] of entries(value)) {
        const id = POST_BY_KEY.get(foldKey(name));
        if (!id) fail(file, notOneOf(`fieldFit.posts.${name}`, undefined, 'post', ['"Tư pháp - Hộ tịch"', '"VP-TK"']));
        posts.set(id, families(file, `fieldFit.posts.${name}`, list));
      }
      out.posts = posts;
    } else if (key === 'fields') {
      if (!isRecord(value)) fail(file, mustBe('fieldFit.fields', 'fieldsMap'));
      const fields: Partial<Record<FieldFamily, string[]>> = {};
      for (const [family, list] of entries(value)) {
        if (!(FIELD_FAMILIES as readonly string[]).includes(family))
          fail(file, notOneOf(`fieldFit.fields.${family}`, undefined, 'family', FIELD_FAMILIES));
        fields[family as FieldFamily] = strings(file, `fieldFit.fields.${family}`, list);
      }
      out.fields = fields;
    } else fail(file, unknownKey(`fieldFit.${key}`, ['posts', 'fields', 'fromEducation']));
  }
  return out;
}
