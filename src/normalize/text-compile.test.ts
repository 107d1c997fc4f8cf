/**
 * The regular expressions of the folded keys (text.ts) as cheap to compile as they can be written, with
 * the same meaning (issue 17: start-up). V8 builds a class such as [\p{L}\p{M}], joining two Unicode
 * properties, at about 2.5 times the cost of \p{L}|\p{M}, at each compiling; foldPunctuation, which
 * runs on every text a key is made of, is checked against the chain it was written as before, on
 * seeded texts of letters (composed and not), marks, digits, signs, dashes and odd spaces.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Random } from '../../fixtures/lib/random.js';
import { foldPunctuation } from './text.js';

/** foldPunctuation as it was written before (session 11), the reference. */
function before(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/(\p{L})\.(\p{L})(?![\p{L}\p{M}])/gu, '$1$2')
    .replace(/(?<![\p{L}\p{M}])(\p{L}{1,2})\.\s+(\p{L})(?![\p{L}\p{M}])/gu, '$1$2')
    .replace(/(?<![\p{L}\p{M}])(\p{L})\/(\p{L})(?![\p{L}\p{M}])/gu, '$1$2')
    .replace(/\./g, ' ')
    .replace(/\s*([-/,;:+&()])\s*/g, '$1')
    .replace(/ +/g, ' ')
    .trim()
    .replace(/^[-,;:]+|[-,;:]+$/g, '');
}

const PIECES = [
  ...'aeoyTSHĐđăâêôơưxyzABC',
  ...['Th', 'ĐH', 'Đ', 'T', 'Thạc', 'sĩ', 'Cử', 'nhân', 'Hòa', 'Hoà', 'Chủ', 'tịch', 'CT', 'UBND'],
  '\u0301',
  '\u0323',
  '\u0300',
  '\u0309',
  '\u0303',
  ...'0123456789',
  ...'.../,;:+&()-',
  '\u2010',
  '\u2013',
  '\u2014',
  '\u2212',
  ' ',
  ' ',
  '  ',
  '\u00A0',
  '\t',
  '\u3000',
];

function text(rng: Random): string {
  let out = '';
  for (let n = rng.int(1, 9); n > 0; n--) out += rng.pick(PIECES);
  return out;
}

describe('the folded keys’ regular expressions', () => {
  it('join no two Unicode properties in one character class', () => {
    const source = readFileSync(resolve('src/normalize/text.ts'), 'utf8');
    const code = source.replace(/^\s*(?:\/\/|\/?\*).*$/gm, '');
    expect(code.match(/\[\^?[^\]\n]*\\p\{\w+\}[^\]\n]*\\p\{\w+\}[^\]\n]*\]/g) ?? []).toEqual([
      // The syllable's class runs on every character of every key made: one class reads faster than two.
      '[\\p{L}\\p{M}]',
    ]);
  });

  it('foldPunctuation gives what its chain gave on 20,000 seeded texts', () => {
    const rng = new Random(17_2026);
    const texts = Array.from({ length: 20_000 }, () => text(rng));
    const differ = texts.filter((t) => foldPunctuation(t) !== before(t));
    expect(differ).toEqual([]);
    // The texts reach every branch: signs and none, dots between letters, spaced and slashed abbreviations.
    expect(texts.filter((t) => foldPunctuation(t) !== t.replace(/ +/g, ' ').trim()).length).toBeGreaterThan(5_000);
    expect(
      texts.filter((t) => /(\p{L})\.(\p{L})/u.test(t) && foldPunctuation(t).includes('.') === false).length,
    ).toBeGreaterThan(100);
  });
});
