/**
 * Unit names as rosters write them: "Phường Tân Lập", "P. Tân Lập", "P.Tân Lập", "Tân Lập",
 * "PHƯỜNG TÂN LẬP". Names that differ only in such ways are one unit when that is unambiguous:
 * a bare "Tân Thành" stays apart when both "Phường Tân Thành" and "Xã Tân Thành" exist.
 */
import { COMMUNE_BODIES, NEW_UNIT_MARKS, OLD_UNIT_MARKS, TITLE_UNIT_ENDS } from '../vocab/unit-names.js';
import { escapeRegExp } from '../util/regexp.js';
import { asciiKey, cleanText, foldKey } from './text.js';

/** A text without its diacritics, case kept ("Ủy ban nhân dân" → "Uy ban nhan dan"). */
const withoutMarks = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

type Kind = 'Phường' | 'Xã' | 'Thị trấn' | 'Đặc khu';

const KIND_PREFIX = new RegExp(
  `^(?:(?:${COMMUNE_BODIES.map(escapeRegExp).join('|')})\\s+)?(phường|xã|thị trấn|đặc khu|p\\.|x\\.|tt\\.|p\\s|tt\\s)\\s*`,
  'iu',
);

const KIND_OF: Record<string, Kind> = {
  phường: 'Phường',
  'p.': 'Phường',
  'p ': 'Phường',
  xã: 'Xã',
  'x.': 'Xã',
  'thị trấn': 'Thị trấn',
  'tt.': 'Thị trấn',
  'tt ': 'Thị trấn',
  'đặc khu': 'Đặc khu',
};

export interface UnitName {
  kind?: Kind;
  base: string;
  key: string;
}

/**
 * The kinds typed without their tones ("Phuong Tan Lap", "Xa Phuc Ha": a roster typed on a keyboard without
 * Vietnamese), read only in a name typed wholly so: in "Xa Lộc" or "Phương Liệt" they are a name's first word
 * (review s12-rv33; before, "Phuong Tan Lap" and "P. Tan Lap" were two units, without a word).
 */
const ASCII_KIND_PREFIX = new RegExp(
  `^(?:(?:${COMMUNE_BODIES.map(withoutMarks).map(escapeRegExp).join('|')})\\s+)?(phuong|xa|thi tran|dac khu)\\s+`,
  'iu',
);
const ASCII_KIND_OF: Record<string, Kind> = {
  phuong: 'Phường',
  xa: 'Xã',
  'thi tran': 'Thị trấn',
  'dac khu': 'Đặc khu',
};
const TYPED_IN_ASCII = /^[\x20-\x7E]*$/;
/** The eth (Ð ð) typed for "Đ" (normalize/text.ts folds it in keys). */
const LOOKALIKE_D = /[\u00D0\u00F0]/u;

function withKind(text: string): UnitName | undefined {
  const m = KIND_PREFIX.exec(text) ?? (TYPED_IN_ASCII.test(text) ? ASCII_KIND_PREFIX.exec(text) : null);
  if (!m) return undefined;
  const prefix = m[1]!.toLowerCase().normalize('NFC');
  const kind = KIND_OF[prefix] ?? KIND_OF[prefix.trim()] ?? ASCII_KIND_OF[prefix];
  const base = text.slice(m[0].length).trim();
  return kind && base ? { kind, base, key: unitKey(base) } : undefined;
}

/** The folded key of a base name; a number without its leading zeros ("Phường 01" is "Phường 1"). */
function unitKey(base: string): string {
  return /^\d+$/.test(base) ? String(Number(base)) : foldKey(base);
}

/** A mark at the end of a unit's name, in brackets or after a dash: "(mới)", "- mới", "(cũ)". */
const markPattern = (marks: readonly string[]): RegExp => {
  const words = marks.map(escapeRegExp).join('|');
  return new RegExp(`\\s*(?:\\((?:${words})\\)|[-–]\\s*(?:${words}))$`, 'iu');
};
const NEW_MARK = markPattern(NEW_UNIT_MARKS);
const OLD_MARK = markPattern(OLD_UNIT_MARKS);

/** Whether a text ends in a mark saying it is of before 1/7/2025: "(cũ)", "- trước sắp xếp" (a unit's name, a title). */
export function hasOldMark(raw: string): boolean {
  return OLD_MARK.test(cleanText(raw));
}

/** The name without a mark saying it is the unit of before 1/7/2025 ("Phường Quang Vinh (cũ)"), or undefined. */
export function withoutOldMark(raw: string): string | undefined {
  const text = cleanText(raw);
  const bare = text.replace(OLD_MARK, '');
  return bare !== text && bare !== '' ? bare : undefined;
}

export function parseUnitName(raw: string): UnitName {
  const text = cleanText(raw).replace(NEW_MARK, '');
  // "X. Phúc Hà" is a commune; "I. PHƯỜNG …" is a numbered section: try the kind first.
  const direct = withKind(text);
  if (direct) return direct;
  const unnumbered = text.replace(/^[IVXLC]+\s*[.)]\s+/u, '');
  return withKind(unnumbered) ?? { base: unnumbered, key: unitKey(unnumbered) };
}

/**
 * Two names are one unit when their bases fold alike and their kinds do not disagree: "P. Tân Lập" and
 * "Phường Tân Lập", or a bare "Tân Lập" and either; "Phường Tân Lập" and "Xã Tân Lập" are two units.
 */
export function isSameUnit(a: Pick<UnitName, 'kind' | 'key'>, b: Pick<UnitName, 'kind' | 'key'>): boolean {
  return a.key === b.key && (!a.kind || !b.kind || a.kind === b.kind);
}

function isAllUpper(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(' ')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** The best spelling of a base name: the most used one that is not all capitals. */
function displayBase(spellings: Map<string, number>): string {
  const ranked = [...spellings.entries()].sort(
    (a, b) =>
      Number(isAllUpper(a[0])) - Number(isAllUpper(b[0])) ||
      // Typed with its marks before typed without them ("Phúc Hà" over "Phuc Ha"), and with "Đ" before the
      // eth some keyboards give for it ("Ðồng Quang", s12-rv33).
      Number(TYPED_IN_ASCII.test(a[0])) - Number(TYPED_IN_ASCII.test(b[0])) ||
      Number(LOOKALIKE_D.test(a[0])) - Number(LOOKALIKE_D.test(b[0])) ||
      b[1] - a[1] ||
      (a[0] < b[0] ? -1 : 1),
  );
  const best = ranked[0]![0];
  return isAllUpper(best) ? titleCase(best) : best;
}

export interface UnitResolution {
  /** Raw name (as written) → canonical display name. */
  canonical: Map<string, string>;
  /** Names left apart because they could belong to more than one unit. */
  ambiguous: string[];
}

/** The key of a name typed without marks whose accent-less key is that of two names typed with them. */
const SEVERAL = '\u0000several';

/**
 * Each raw name parsed, a name typed without any mark ("Xa Phuc Ha", a row pasted from a system without
 * Vietnamese) taking the key of the one name typed with marks that it is without them ("Xã Phúc Hà"): one
 * unit, its spellings said in the report. When two such names fit ("Tân Thành", "Tân Thạnh"), its key is
 * SEVERAL: left apart and said to be ambiguous (review s12-rv33).
 */
function withoutMarksJoined(rawCounts: Map<string, number>): Map<string, UnitName> {
  const parsed = new Map<string, UnitName>();
  const marked = new Map<string, Set<string>>();
  for (const raw of rawCounts.keys()) {
    if (!raw) continue;
    const name = parseUnitName(raw);
    parsed.set(raw, name);
    if (TYPED_IN_ASCII.test(name.base)) continue;
    const keys = marked.get(asciiKey(name.base)) ?? new Set<string>();
    marked.set(asciiKey(name.base), keys.add(name.key));
  }
  for (const [raw, name] of parsed) {
    const keys = TYPED_IN_ASCII.test(name.base) ? marked.get(asciiKey(name.base)) : undefined;
    if (keys) parsed.set(raw, { ...name, key: keys.size === 1 ? [...keys][0]! : SEVERAL });
  }
  return parsed;
}

/** Resolves every raw unit name seen, weighted by how many people each covers. */
export function resolveUnits(rawCounts: Map<string, number>): UnitResolution {
  const byKey = new Map<string, { kinds: Map<Kind, Map<string, number>>; bare: Map<string, number> }>();
  const parsed = withoutMarksJoined(rawCounts);
  const ambiguous = [...parsed.entries()].filter(([, name]) => name.key === SEVERAL).map(([raw]) => raw);
  for (const [raw, name] of parsed) if (name.key === SEVERAL) parsed.set(raw, parseUnitName(raw));
  for (const [raw, count] of rawCounts) {
    if (!raw) continue;
    const name = parsed.get(raw)!;
    const entry = byKey.get(name.key) ?? {
      kinds: new Map<Kind, Map<string, number>>(),
      bare: new Map<string, number>(),
    };
    byKey.set(name.key, entry);
    if (name.kind) {
      const spellings = entry.kinds.get(name.kind) ?? new Map<string, number>();
      spellings.set(name.base, (spellings.get(name.base) ?? 0) + count);
      entry.kinds.set(name.kind, spellings);
    } else {
      entry.bare.set(name.base, (entry.bare.get(name.base) ?? 0) + count);
    }
  }
  const canonical = new Map<string, string>();
  for (const [raw, name] of parsed) {
    const entry = byKey.get(name.key)!;
    if (name.kind) {
      const allSpellings = new Map(entry.kinds.get(name.kind)!);
      if (entry.kinds.size === 1) for (const [s, c] of entry.bare) allSpellings.set(s, (allSpellings.get(s) ?? 0) + c);
      canonical.set(raw, `${name.kind} ${displayBase(allSpellings)}`);
    } else if (entry.kinds.size === 1) {
      const [kind, spellings] = [...entry.kinds.entries()][0]!;
      const all = new Map(spellings);
      for (const [s, c] of entry.bare) all.set(s, (all.get(s) ?? 0) + c);
      canonical.set(raw, `${kind} ${displayBase(all)}`);
    } else {
      canonical.set(raw, displayBase(entry.bare));
      if (entry.kinds.size > 1) ambiguous.push(raw);
    }
  }
  return { canonical, ambiguous: [...new Set(ambiguous)].sort() };
}

/**
 * The unit a title names: "DANH SÁCH CÁN BỘ, CÔNG CHỨC PHƯỜNG HOÀNG VĂN THỤ NĂM 2022" → "PHƯỜNG HOÀNG
 * VĂN THỤ". Not "cấp xã", "xã hội" (in the national motto), "xã, phường" or "xã và phường" (\b cannot end
 * "và": à is no ASCII word character).
 */
const TITLE_UNIT =
  /(?<!cấp\s)(?<![\p{L}])(phường|xã|thị trấn|đặc khu)\s+(?!hội\b|năm\b|phường\b|thị trấn\b|và(?!\p{L}))(\p{L}[\p{L}\s'-]*?|\d{1,2}(?![\d/.]))\s*(?:\bnăm\s+\d{4}|\(|,|;|-\s|\d|$)/iu;

export function unitInTitle(text: string): string | undefined {
  const m = TITLE_UNIT.exec(cleanText(text));
  if (!m) return undefined;
  const words = m[2]!.trim().split(/\s+/);
  // The name ends before a word of TITLE_UNIT_ENDS ("… HUYỆN ĐẠI TỪ", "… TÍNH ĐẾN"), not at its first word.
  const lower = words.map((w) => w.toLowerCase());
  const end = lower.findIndex((_, i) => i > 0 && ENDS.some((e) => e.every((w, k) => lower[i + k] === w)));
  const name = (end > 0 ? words.slice(0, end) : words).join(' ');
  return name.split(/\s+/).length <= 5 ? `${m[1]} ${name}` : undefined;
}

const ENDS = TITLE_UNIT_ENDS.map((e) => e.split(' '));

/**
 * Whether a text is a commune's name alone ("XÃ TÂN LẬP", "Phường Quang Trung"): a heading over its people
 * when it stands alone where a title would. "Xã đội trưởng", "Phường đội phó" are titles (the commune's
 * military command), not units.
 */
export function isCommuneName(text: string): boolean {
  const name = parseUnitName(text);
  return name.kind !== undefined && !/^đội(?!\p{L})/iu.test(name.base);
}
