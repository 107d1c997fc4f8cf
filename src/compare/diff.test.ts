/** Month over month on small hand-made rosters: the sign of every change, and who joined, left or changed. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PersonSummary } from '../aggregate/collector.js';
import type { Report } from '../aggregate/contract.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';
import { delta, peopleDiff } from './diff.js';

const dir = tempDir();
const HEADER = 'Họ và tên,Giới tính,Đơn vị,Trình độ chuyên môn';

async function reportOf(name: string, rows: string[]): Promise<Report> {
  const path = join(dir, name);
  writeFileSync(path, `${[HEADER, ...rows].join('\n')}\n`);
  return (await analyze([path])).report;
}

let before: Report;
let after: Report;

beforeAll(async () => {
  // July: 3 people in one commune, 2 with a university degree. August: 4 in two communes, 1 with a degree.
  before = await reportOf('thang-07.csv', ['An,Nam,Xã An,Đại học', 'Bình,Nữ,Xã An,Đại học', 'Chi,Nữ,Xã An,Cao đẳng']);
  after = await reportOf('thang-08.csv', [
    'An,Nam,Xã An,Đại học',
    'Chi,Nữ,Xã An,Cao đẳng',
    'Dũng,Nam,Xã Bình,Trung cấp',
    'Giang,Nam,Xã Bình,Cao đẳng',
  ]);
});

describe('the change in every figure', () => {
  it('is after minus before: one more person is +1', () => {
    expect(delta(before, after).total).toBe(1);
  });

  it('is negative when a figure falls', () => {
    expect(delta(before, after).dimensions.education!.university).toEqual({ count: -1, share: 1 / 4 - 2 / 3 });
  });

  it('counts a new unit as +1', () => {
    expect(delta(before, after).units).toBe(1);
  });

  it('gives each level of a dimension its own change', () => {
    const gender = delta(before, after).dimensions.gender!;
    expect(gender.male!.count).toBe(2);
    expect(gender.female!.count).toBe(-1);
    expect(gender.unknown!.count).toBe(0);
  });

  it('changes the derived headline by the change of its levels', () => {
    expect(delta(before, after).derived.universityOrAbove).toEqual({ count: -1, share: 1 / 4 - 2 / 3 });
  });

  it('is the negative of the reverse comparison', () => {
    expect(delta(after, before).total).toBe(-1);
    expect(delta(after, before).dimensions.education!.college!.count).toBe(-1);
  });
});

function person(id: string, fields: Partial<PersonSummary> = {}): PersonSummary {
  return {
    id,
    name: 'Nguyễn Văn An',
    unit: 'Xã An',
    title: 'Công chức Văn phòng - Thống kê',
    staffType: 'congChuc',
    gender: 'male',
    partyMember: 'yes',
    education: 'university',
    politicalTheory: 'intermediate',
    file: 'a.csv',
    row: 2,
    ...fields,
  };
}

const people = (...list: PersonSummary[]) => new Map(list.map((p) => [p.id, p]));

describe('who joined, left and changed', () => {
  it('names the ids only after as joined and only before as left, in code-point order', () => {
    const d = peopleDiff(
      people(person('B2'), person('A1'), person('C3')),
      people(person('C3'), person('Z9'), person('D4')),
    );
    expect(d.joined).toEqual(['D4', 'Z9']);
    expect(d.left).toEqual(['A1', 'B2']);
    expect(d.changed).toEqual([]);
  });

  it('reports a new qualification with its old and new level', () => {
    const d = peopleDiff(people(person('A1')), people(person('A1', { education: 'master' })));
    expect(d.changed).toEqual([{ id: 'A1', field: 'education', from: 'university', to: 'master' }]);
  });

  it('sees no change in two spellings of one unit', () => {
    const d = peopleDiff(people(person('A1', { unit: 'Xã An' })), people(person('A1', { unit: 'xã  An' })));
    expect(d.changed).toEqual([]);
  });

  it('sees a move to a ward of the same name as a change of unit', () => {
    const d = peopleDiff(people(person('A1', { unit: 'Xã An' })), people(person('A1', { unit: 'Phường An' })));
    expect(d.changed).toEqual([{ id: 'A1', field: 'unit', from: 'Xã An', to: 'Phường An' }]);
  });

  it('sees no change in a title abbreviated another way', () => {
    const d = peopleDiff(
      people(person('A1', { title: 'Phó Chủ tịch UBND' })),
      people(person('A1', { title: 'PCT UBND' })),
    );
    expect(d.changed).toEqual([]);
  });

  it('sees no change in a name written with other spaces, but a change of name otherwise', () => {
    expect(peopleDiff(people(person('A1')), people(person('A1', { name: ' Nguyễn  Văn An ' }))).changed).toEqual([]);
    expect(peopleDiff(people(person('A1')), people(person('A1', { name: 'Nguyễn Văn Ân' }))).changed).toEqual([
      { id: 'A1', field: 'name', from: 'Nguyễn Văn An', to: 'Nguyễn Văn Ân' },
    ]);
  });

  it('lists several changes of one person in the order of the fields', () => {
    const d = peopleDiff(
      people(person('A1')),
      people(person('A1', { partyMember: 'no', education: 'master', gender: 'female' })),
    );
    expect(d.changed.map((c) => c.field)).toEqual(['education', 'partyMember', 'gender']);
  });

  it('sees a move to another commune as a change of unit', () => {
    const d = peopleDiff(people(person('A1', { unit: 'Xã An' })), people(person('A1', { unit: 'Xã Bình' })));
    expect(d.changed).toEqual([{ id: 'A1', field: 'unit', from: 'Xã An', to: 'Xã Bình' }]);
  });

  it('sees no change when one side writes the unit without its kind', () => {
    expect(peopleDiff(people(person('A1', { unit: 'An' })), people(person('A1', { unit: 'Xã An' }))).changed).toEqual(
      [],
    );
    expect(peopleDiff(people(person('A1', { unit: 'Xã An' })), people(person('A1', { unit: 'An' }))).changed).toEqual(
      [],
    );
  });

  it('sees a new post as a change of title', () => {
    const d = peopleDiff(
      people(person('A1', { title: 'Phó Chủ tịch UBND' })),
      people(person('A1', { title: 'Chủ tịch UBND' })),
    );
    expect(d.changed).toEqual([{ id: 'A1', field: 'title', from: 'Phó Chủ tịch UBND', to: 'Chủ tịch UBND' }]);
  });

  it('lists the changes of several people by id in code-point order (capitals first)', () => {
    const d = peopleDiff(
      people(person('b7'), person('B2'), person('a1')),
      people(
        person('a1', { gender: 'female' }),
        person('b7', { gender: 'female' }),
        person('B2', { gender: 'female' }),
      ),
    );
    expect(d.changed.map((c) => c.id)).toEqual(['B2', 'a1', 'b7']);
  });

  it('orders joined and left ids by code point, not by locale', () => {
    const d = peopleDiff(people(person('b'), person('C'), person('a')), people(person('Đ'), person('z'), person('D')));
    expect(d.joined).toEqual(['D', 'z', 'Đ']);
    expect(d.left).toEqual(['C', 'a', 'b']);
  });
});
