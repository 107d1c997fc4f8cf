/**
 * Fit of training to post: the field families a person's training names (the "Chuyên ngành" cell, or
 * the major written in the education cell), held against the families the post accepts
 * (vocab/field-fit.ts, overridden by the config's `fieldFit`). Fits when any family named fits any post
 * the title names; unknown when no field is known, or the title names no post the table has a line for.
 */
import { FIT_RULES, type FitRule } from '../vocab/field-fit.js';
import { FIELD_FAMILIES, FIELD_SPELLINGS, type FieldFamily } from '../vocab/fields.js';
import type { Level } from '../vocab/dimensions.js';
import { asciiKey, foldKey } from './text.js';
import type { TitleReader } from './titles.js';

/** The config's `fieldFit` section, checked (config/config.ts). */
export interface FieldFitSettings {
  /** Post id → families, replacing the table's line (basis "config"). */
  posts?: ReadonlyMap<string, readonly FieldFamily[]>;
  /** More spellings per family. */
  fields?: Partial<Record<FieldFamily, readonly string[]>>;
  /** Read majors inside education cells even when the roster has no field column (the dimension is asked for). */
  fromEducation?: boolean;
}

/** Words of a key: letters and digits, everything else a space. */
function words(key: string): string {
  return key
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/ +/g, ' ');
}

type Index = Array<[string, FieldFamily]>;

function index(spellings: ReadonlyMap<FieldFamily, readonly string[]>, key: (s: string) => string): Index {
  const byKey = new Map<string, FieldFamily | null>();
  for (const [family, list] of spellings) {
    for (const s of list) {
      const k = words(key(s));
      if (!k) continue;
      const seen = byKey.get(k);
      // A key two families claim (possible without accents) names neither.
      byKey.set(k, seen === undefined || seen === family ? family : null);
    }
  }
  return [...byKey.entries()]
    .filter((e): e is [string, FieldFamily] => e[1] !== null)
    .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
}

function scan(text: string, idx: Index): FieldFamily[] {
  const found: FieldFamily[] = [];
  let pos = 0;
  while (pos < text.length) {
    const hit = idx.find(
      ([k]) => text.startsWith(k, pos) && (text.length === pos + k.length || text[pos + k.length] === ' '),
    );
    if (hit && !found.includes(hit[1])) found.push(hit[1]);
    const next = text.indexOf(' ', hit ? pos + hit[0].length : pos);
    if (next < 0) break;
    pos = next + 1;
  }
  return found;
}

/** Reads the field families a text names: "Cử nhân Luật" → law, "ĐH Kế toán" → economics. */
export class FieldReader {
  private readonly folded: Index;
  private readonly ascii: Index;

  constructor(extra: FieldFitSettings['fields'] = {}) {
    const all = new Map<FieldFamily, readonly string[]>(
      FIELD_FAMILIES.map((f) => [f, [...FIELD_SPELLINGS[f], ...(extra[f] ?? [])]]),
    );
    this.folded = index(all, foldKey);
    this.ascii = index(all, asciiKey);
  }

  families(text: string): FieldFamily[] {
    if (!text.trim()) return [];
    const found = scan(words(foldKey(text)), this.folded);
    // Typed without accents ("Ke toan"): the accent-less keys, as a last resort.
    return found.length > 0 ? found : scan(words(asciiKey(text)), this.ascii);
  }
}

export interface FitJudgement {
  level: Level<'fieldFit'>;
  /** The families the field names (none when not known). */
  families: FieldFamily[];
  /** The posts judged and their rules (none when the title names no post the table has). */
  rules: FitRule[];
  /** Why unknown: no field written, a field not understood, or no rule for the title. */
  why?: 'noField' | 'fieldNotUnderstood' | 'noRule';
}

/** The table's lines with the config's in their place: the rules a run judges by, in table order. */
export function fitRules(settings: FieldFitSettings = {}): FitRule[] {
  const rules = new Map<string, FitRule>(FIT_RULES.map((r) => [r.post, r]));
  for (const [post, families] of settings.posts ?? [])
    rules.set(post, { post, families, basis: 'config', source: 'fieldFit.posts' });
  return [...rules.values()];
}

export class FieldFit {
  readonly reader: FieldReader;
  private readonly rules: Map<string, FitRule>;

  constructor(
    private readonly titles: TitleReader,
    readonly settings: FieldFitSettings = {},
  ) {
    this.reader = new FieldReader(settings.fields);
    this.rules = new Map(fitRules(settings).map((r) => [r.post, r]));
  }

  /** The rules of the posts a title names, in title order. */
  rulesOf(title: string): FitRule[] {
    const out: FitRule[] = [];
    for (const part of this.titles.read(title).parts) {
      const r = this.rules.get(part.post.id);
      if (part.named && r && !out.includes(r)) out.push(r);
    }
    return out;
  }

  /**
   * `field`: the field cell ('' when none); `education`: the education cell, read for a major when
   * the field cell says nothing.
   */
  judge(title: string, field: string, education: string): FitJudgement {
    const written = field.trim() !== '';
    let families = this.reader.families(field);
    if (families.length === 0 && !written) families = this.reader.families(education);
    const rules = this.rulesOf(title);
    if (families.length === 0)
      return { level: 'unknown', families, rules, why: written ? 'fieldNotUnderstood' : 'noField' };
    if (rules.length === 0) return { level: 'unknown', families, rules, why: 'noRule' };
    const fits = rules.some((r) => r.families.some((f) => families.includes(f)));
    return { level: fits ? 'fits' : 'notFits', families, rules };
  }
}
