/** Checks on the parts of an OOXML package (xlsx, docx) the tests make: well-formed XML, rels that resolve. */
import { expect } from 'vitest';
import { xmlText } from '../read/xml.js';
import type { Parts } from '../render/charts/package.js';

/** Every start tag closed in order, one root, no stray "<" or "&": what a strict XML parser demands. */
export function expectWellFormed(name: string, xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const open: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(
    /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g,
  )) {
    expect(m[2], `${name}: stray "${m[0]}" at ${m.index}`).toBeDefined();
    if (m[1]) expect(open.pop(), `${name}: </${m[2]}> at ${m.index}`).toBe(m[2]);
    else if (!m[4]) {
      if (open.length === 0) roots++;
      open.push(m[2]!);
    } else if (open.length === 0) roots++;
  }
  expect(open, `${name}: unclosed`).toEqual([]);
  expect(roots, `${name}: roots`).toBe(1);
}

/** The targets of a part's relationships, resolved to part names. */
export function relTargets(parts: Parts, from: string): Map<string, string> {
  const slash = from.lastIndexOf('/');
  const rels = parts.get(`${from.slice(0, slash + 1)}_rels/${from.slice(slash + 1)}.rels`)?.toString('utf8') ?? '';
  const out = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])![1]!;
    const target = xmlText(/\bTarget="([^"]+)"/.exec(m[0])![1]!);
    const path = target.startsWith('/') ? target.slice(1) : resolve(from.slice(0, slash), target);
    out.set(id, path);
  }
  return out;
}

function resolve(dir: string, target: string): string {
  const parts = dir ? dir.split('/') : [];
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

/** Every part the package's XML parts relate to exists, and every part has its content type. */
export function expectPackageWhole(parts: Parts): void {
  const types = parts.get('[Content_Types].xml')!.toString('utf8');
  for (const [name, data] of parts) {
    if (name.endsWith('/')) continue;
    if (/\.(xml|rels)$/.test(name)) expectWellFormed(name, data.toString('utf8'));
    if (name.endsWith('.rels')) continue;
    const ext = name.slice(name.lastIndexOf('.') + 1);
    const typed = types.includes(`PartName="/${name}"`) || types.includes(`Extension="${ext}"`);
    expect(typed, `content type of ${name}`).toBe(true);
    for (const [id, target] of relTargets(parts, name)) {
      if (/^https?:/.test(target)) continue;
      expect(parts.has(target), `${name} ${id} → ${target}`).toBe(true);
    }
  }
}
