/**
 * A roster typed in VIQR ("Nguye^~n Thi. Hoa", "DDa.i ho.c") is read, converted to Unicode, and the
 * conversion said per column; a file with too few VIQR marks to be sure is refused with a word on VIQR.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();

const ROSTER = [
  "Ho. va` te^n,Gio+'i ti'nh,Chu+'c vu.,Tri`nh ddo^. chuye^n mo^n,DDa?ng vie^n",
  "Nguye^~n Thi. Hoa,Nu+~,Chu? ti.ch UBND,DDa.i ho.c,Co'",
  "Tra^`n Va(n Nam,Nam,Pho' Chu? ti.ch UBND,Tha.c si~,Kho^ng",
  "Le^ Thi. Thu?y,Nu+~,Co^ng chu+'c Tu+ pha'p - Ho^. ti.ch,Cao dda(?ng,Co'",
  "Pha.m Va(n Bi`nh,Nam,Co^ng chu+'c Va(n pho`ng - Tho^'ng ke^,DDa.i ho.c,Co'",
];

async function csv(name: string, lines: string[]): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, lines.join('\n'), 'ascii');
  return file;
}

describe('a roster typed in VIQR', () => {
  it('is read: four people, by gender, education and party as typed', async () => {
    const { report } = await analyze([await csv('viqr.csv', ROSTER)]);
    const d = report.dimensions;
    expect([
      report.total,
      d.gender.female?.count,
      d.gender.male?.count,
      d.education.university?.count,
      d.education.master?.count,
      d.education.college?.count,
      d.partyMember.yes?.count,
      d.partyMember.no?.count,
    ]).toEqual([4, 2, 2, 2, 1, 1, 3, 1]);
  });

  it('leaves no value not understood ("Nu+~" is "Nữ", "Cao dda(?ng" is "Cao đẳng")', async () => {
    const { report } = await analyze([await csv('viqr-values.csv', ROSTER)]);
    expect(report.unknownValues.filter((u) => u.value !== '').map((u) => u.value)).toEqual([]);
  });

  it('says which columns were converted from VIQR, and how many cells', async () => {
    const { report } = await analyze([await csv('viqr-said.csv', ROSTER)]);
    expect(report.sources[0]!.conversions).toEqual([
      { column: 'A', from: 'VIQR', cells: 5 },
      { column: 'B', from: 'VIQR', cells: 3 },
      { column: 'C', from: 'VIQR', cells: 5 },
      { column: 'D', from: 'VIQR', cells: 5 },
      { column: 'E', from: 'VIQR', cells: 5 },
    ]);
  });

  it('is still refused when only a few cells carry VIQR marks (the header alone), saying it may be VIQR', async () => {
    const rows = [
      "Ho. va` te^n,Gio+'i ti'nh,Chuc vu",
      'Nguyen Thi Hoa,Nu,Chu tich UBND',
      'Tran Van Nam,Nam,Pho Chu tich',
    ];
    const { failures } = await analyze([await csv('viqr-few.csv', rows)]);
    expect(failures[0]!.message).toMatch(/no header row found.*written in VIQR/);
  });
});
